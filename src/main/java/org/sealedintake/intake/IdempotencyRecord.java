package org.sealedintake.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One use of an Idempotency-Key. The key is stored only as a keyed index over (owner index, key),
 * so it is scoped to its owner and no row names the token subject (threat T15); the body only as
 * a keyed fingerprint.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {
    @Id
    @Column(name = "key_index")
    public byte[] keyIndex;

    @Column(name = "body_fingerprint", nullable = false)
    public byte[] bodyFingerprint;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "claimed_at", nullable = false)
    public Instant claimedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public boolean completed() {
        return reportId != null;
    }

    @Override
    public String toString() {
        return "IdempotencyRecord";
    }
}
