package org.sealedintake.outbox;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's two short transactions: claiming due rows, and recording what became of them.
 * No transaction is open while a delivery is on the wire.
 */
@ApplicationScoped
@Transactional
public class OutboxDeliveries {
    /** last_error values of our own; HTTP failures are "http-" plus the status code. */
    static final String UNKNOWN_DESTINATION = "unknown-destination";
    static final String PAYLOAD_UNREADABLE = "payload-unreadable";

    private final OutboxRepository events;
    private final Outbox outbox;

    OutboxDeliveries(OutboxRepository events, Outbox outbox) {
        this.events = events;
        this.outbox = outbox;
    }

    /** A claimed row, with its body decrypted for sending (null when it would not decrypt). */
    record Claimed(UUID id, OutboxKind kind, String destination, String idempotencyKey, int attempts, UUID claimToken,
            byte[] body) {
        @Override
        public String toString() {
            return "Claimed[" + id + "]";
        }
    }

    /**
     * Claims up to {@code limit} due rows that no other dispatcher holds (SKIP LOCKED) and leases
     * them until {@code now + lease}: until then no claim takes them, after that any may (a
     * dispatcher that died mid-delivery). The lease is committed before anything is sent.
     */
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(int limit, Instant now, Duration lease) {
        List<OutboxEvent> due = events.getEntityManager().createNativeQuery("""
                select * from outbox_event
                 where status = 'PENDING' and next_attempt_at <= ?1 and release_at <= ?1
                 order by next_attempt_at
                 limit ?2
                 for update skip locked""", OutboxEvent.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        List<Claimed> out = new ArrayList<>(due.size());
        UUID token = UUID.randomUUID();
        for (OutboxEvent e : due) {
            e.claimToken = token;
            e.nextAttemptAt = now.plus(lease);
            out.add(new Claimed(e.id, e.kind, e.destination, e.idempotencyKey, e.attempts, token, body(e)));
        }
        return out;
    }

    private byte[] body(OutboxEvent e) {
        try {
            return outbox.payloadOf(e).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalStateException ex) {
            // A body that does not decrypt under its own id was altered or moved: never sent, parked.
            Log.errorf("Outbox event %s: payload does not decrypt; parking it", e.id);
            return null;
        }
    }

    /** What became of one claimed row. */
    record Outcome(Claimed claim, Result result, String error, Instant attemptedAt) {
        enum Result { DELIVERED, FAILED, PARK }

        static Outcome delivered(Claimed c, Instant at) {
            return new Outcome(c, Result.DELIVERED, null, at);
        }

        static Outcome failed(Claimed c, String error, Instant at) {
            return new Outcome(c, Result.FAILED, error, at);
        }

        static Outcome park(Claimed c, String error) {
            return new Outcome(c, Result.PARK, error, null);
        }
    }

    /** Records outcomes. A row whose claim was taken over (the lease ran out) is left to the newer claim. */
    public Settled settle(List<Outcome> outcomes, Instant now, OutboxConfig.Retry retry,
            java.util.random.RandomGenerator random) {
        int delivered = 0;
        int failed = 0;
        int parked = 0;
        for (Outcome o : outcomes) {
            OutboxEvent e = events.findById(o.claim().id(), LockModeType.PESSIMISTIC_WRITE);
            if (e == null || e.status != OutboxStatus.PENDING || !o.claim().claimToken().equals(e.claimToken)) {
                Log.warnf("Outbox event %s: claim expired before its outcome was recorded", o.claim().id());
                continue;
            }
            e.claimToken = null;
            switch (o.result()) {
                case DELIVERED -> {
                    e.attempts++;
                    e.lastAttemptAt = o.attemptedAt();
                    e.status = OutboxStatus.DELIVERED;
                    e.deliveredAt = now;
                    e.lastError = null;
                    delivered++;
                }
                case FAILED -> {
                    e.attempts++;
                    e.lastAttemptAt = o.attemptedAt();
                    e.lastError = o.error();
                    if (e.attempts >= retry.maxAttempts()) {
                        park(e, now);
                        parked++;
                        Log.warnf("Outbox event %s parked after %d attempts (%s)", e.id, e.attempts, o.error());
                    } else {
                        e.nextAttemptAt = o.attemptedAt().plus(
                                Backoff.after(e.attempts, retry.base(), retry.max(), retry.jitter(), random));
                        failed++;
                        Log.infof("Outbox event %s attempt %d failed (%s)", e.id, e.attempts, o.error());
                    }
                }
                case PARK -> {
                    e.lastError = o.error();
                    park(e, now);
                    parked++;
                    Log.warnf("Outbox event %s parked (%s)", e.id, o.error());
                }
            }
        }
        return new Settled(delivered, failed, parked);
    }

    private static void park(OutboxEvent e, Instant now) {
        e.status = OutboxStatus.PARKED;
        e.parkedAt = now;
    }

    /** Counts of one settlement. */
    record Settled(int delivered, int failed, int parked) {
    }
}
