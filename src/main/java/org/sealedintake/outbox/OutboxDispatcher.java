package org.sealedintake.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sealedintake.crypto.OutboxSigner;
import org.sealedintake.outbox.OutboxDeliveries.Claimed;
import org.sealedintake.outbox.OutboxDeliveries.Settled;

/**
 * Delivers due outbox rows from a Vert.x periodic timer ({@code sealed.outbox.dispatcher.*}) on a
 * worker thread, never on the event loop: claim a batch (short transaction), post it signed, record
 * the outcomes (short transaction). Every replica runs it; SKIP LOCKED and the claim lease keep two
 * dispatchers off the same row, and a row whose dispatcher died is delivered again after the lease
 * (at-least-once: receivers deduplicate on the idempotency key). Off under the test profile, where
 * tests call {@link #dispatchDue()} themselves.
 */
@ApplicationScoped
public class OutboxDispatcher {
    private final OutboxDeliveries deliveries;
    private final WebhookSender sender;
    private final OutboxConfig config;
    private final OutboxSigner signer;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long timerId = -1;

    OutboxDispatcher(OutboxDeliveries deliveries, WebhookSender sender, OutboxConfig config, OutboxSigner signer, Clock clock,
            Vertx vertx) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.config = config;
        this.signer = signer;
        this.clock = clock;
        this.vertx = vertx;
        long worst = config.http().connectTimeout().plus(config.http().requestTimeout()).toMillis();
        if (config.dispatcher().lease().toMillis() <= worst) {
            throw new IllegalStateException("sealed.outbox.dispatcher.lease must exceed the connect plus request timeout"
                    + " (a row would be claimed again while its delivery may still be under way)");
        }
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.dispatcher().enabled()) {
            return;
        }
        Log.infof("Outbox dispatcher every %d ms, deliveries signed with key %d", config.dispatcher().interval().toMillis(),
                signer.keyId());
        timerId = vertx.setPeriodic(config.dispatcher().interval().toMillis(), id -> {
            if (busy.compareAndSet(false, true)) {
                vertx.executeBlocking(() -> {
                    try {
                        dispatchDue();
                    } catch (RuntimeException e) {
                        // Claimed rows stay leased and become due again; nothing is lost.
                        Log.warnf("Outbox dispatch failed (%s); retrying on the next tick", e.getClass().getSimpleName());
                    } finally {
                        busy.set(false);
                    }
                    return null;
                }, false);
            }
        });
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /**
     * Delivers what is due now, batch after batch while batches come back full (up to
     * {@code max-run-time}). Blocking: call it on a worker thread. Safe to run in many threads and
     * processes at once.
     */
    public Result dispatchDue() {
        Instant started = clock.instant();
        int delivered = 0;
        int failed = 0;
        int parked = 0;
        while (true) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<Claimed> batch = deliveries.claim(config.dispatcher().batchSize(), now, config.dispatcher().lease());
            if (batch.isEmpty()) {
                break;
            }
            Settled s = deliveries.settle(sender.sendAll(batch), clock.instant().truncatedTo(ChronoUnit.MICROS),
                    config.retry(), ThreadLocalRandom.current());
            delivered += s.delivered();
            failed += s.failed();
            parked += s.parked();
            if (batch.size() < config.dispatcher().batchSize()
                    || clock.instant().isAfter(started.plus(config.dispatcher().maxRunTime()))) {
                break;
            }
        }
        return new Result(delivered, failed, parked);
    }

    /** What one {@link #dispatchDue()} did. */
    public record Result(int delivered, int failed, int parked) {
    }
}
