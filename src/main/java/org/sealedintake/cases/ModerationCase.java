package org.sealedintake.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A case: every report about one canonical target. Holds nothing about its reporters but one AEAD
 * blob of fixed size ({@link ReporterState}) and the level derived from it (docs/decisions.md D16).
 */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {
    @Id
    public UUID id;

    @Column(name = "canonical_ref", nullable = false)
    public String canonicalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    /** From the platform (EvidenceCaptured), never from a reporter; null until it has answered. */
    @Column(name = "target_owner")
    public String targetOwner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Column(name = "priority_level", nullable = false)
    public short priorityLevel;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The claimant's subject; with {@link #claimExpiresAt}, the claim. */
    @Column
    public String assignee;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    @Column(name = "reporter_state", nullable = false)
    public byte[] reporterState;

    /** Whether {@code subject} holds an unexpired claim at {@code now}. */
    boolean claimedBy(String subject, Instant now) {
        return subject.equals(assignee) && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "ModerationCase[" + id + "]";
    }
}
