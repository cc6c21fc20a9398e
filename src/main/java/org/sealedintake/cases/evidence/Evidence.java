package org.sealedintake.cases.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The capture state of one reported item; {@code details} (owner, SHA-256, visibility) is AEAD-encrypted. */
@Entity
@Table(name = "evidence")
public class Evidence {
    @Id
    @Column(name = "canonical_ref")
    public String canonicalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(nullable = false)
    public boolean truncated;

    @Column(name = "captured_at")
    public Instant capturedAt;

    public byte[] details;

    @Column(name = "last_error")
    public String lastError;

    @Override
    public String toString() {
        return "Evidence[" + canonicalRef + "]";
    }
}
