package org.sealedintake.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message waiting to leave the service, or delivered, or parked. The payload is AEAD-encrypted. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutboxKind kind;

    /** Logical receiver; its URL comes from configuration, never from the row. */
    @Column(nullable = false)
    public String destination;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    @Column(nullable = false)
    public byte[] payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Not delivered before this instant (decorrelated release, issue 9). */
    @Column(name = "release_at", nullable = false)
    public Instant releaseAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutboxStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The dispatcher claim that holds the row until {@link #nextAttemptAt}; null when unclaimed. */
    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "parked_at")
    public Instant parkedAt;

    /** The creator's release batch this message leaves with (decorrelated timing); null outside batches. */
    @Column(name = "release_batch_id")
    public UUID releaseBatchId;

    @Override
    public String toString() {
        return "OutboxEvent[" + id + "]";
    }
}
