package org.sealedintake.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;

/**
 * Writes messages that will leave the service, inside the caller's transaction: the message exists
 * exactly when the business change that caused it commits. Delivery is the dispatcher's job.
 * Never call this with anything addressed to a reporter.
 */
@ApplicationScoped
public class Outbox {
    /** A configured destination name ({@code sealed.outbox.destinations.<name>.url}). */
    static final java.util.regex.Pattern DESTINATION = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /**
     * Built from the business event (e.g. {@code enforcement:<caseId>:<decisionId>}), never from an
     * account id or anything a reporter typed: it is stored and sent in the clear.
     */
    static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private final OutboxRepository events;
    private final DataCipher cipher;
    private final Clock clock;

    Outbox(OutboxRepository events, DataCipher cipher, Clock clock) {
        this.events = events;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Queues one message. {@code idempotencyKey} is stable for the business event (the receiver
     * deduplicates on it; a second enqueue with the same key fails the transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(OutboxKind kind, String destination, String idempotencyKey, String payloadJson,
            Instant releaseAt) {
        // Both travel in HTTP headers and in the signed bytes, one per line (docs/outbox.md).
        if (destination == null || !DESTINATION.matcher(destination).matches()) {
            throw new IllegalArgumentException("outbox destination must match " + DESTINATION.pattern());
        }
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("outbox idempotency key must match " + IDEMPOTENCY_KEY.pattern());
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.kind = kind;
        e.destination = destination;
        e.idempotencyKey = idempotencyKey;
        e.payload = cipher.encrypt(payloadJson.getBytes(StandardCharsets.UTF_8), AssociatedData.outboxPayload(e.id));
        e.createdAt = now;
        // As given (a past instant is simply due now): messages released together keep one instant.
        e.releaseAt = releaseAt == null ? now : releaseAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        e.status = OutboxStatus.PENDING;
        e.attempts = 0;
        e.nextAttemptAt = e.releaseAt;
        events.persist(e);
        return e.id;
    }

    /** Queues one message that leaves with a creator's release batch; see {@link #rescheduleBatch}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(OutboxKind kind, String destination, String idempotencyKey, String payloadJson,
            Instant releaseAt, UUID releaseBatchId) {
        UUID id = enqueue(kind, destination, idempotencyKey, payloadJson, releaseAt);
        events.findById(id).releaseBatchId = releaseBatchId;
        return id;
    }

    /** Ties an already queued message to a release batch (for messages queued by another feature's code). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignBatch(UUID eventId, UUID releaseBatchId) {
        events.findById(eventId).releaseBatchId = releaseBatchId;
    }

    /** A batch moved later: its messages not yet tried leave at the new instant too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescheduleBatch(UUID releaseBatchId, Instant releaseAt) {
        return events.update("releaseAt = ?1, nextAttemptAt = ?1 where releaseBatchId = ?2 and status = ?3 and attempts = 0",
                releaseAt, releaseBatchId, OutboxStatus.PENDING);
    }

    /** The payload of a queued message, for the dispatcher and for tests. */
    public String payloadOf(OutboxEvent e) {
        return new String(cipher.decrypt(e.payload, AssociatedData.outboxPayload(e.id)), StandardCharsets.UTF_8);
    }
}
