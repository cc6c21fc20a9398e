package org.sealedintake.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sealedintake.crypto.AuditSigner;

/**
 * Drives the {@link AuditChainer} from a Vert.x periodic timer ({@code sealed.audit.chainer.interval},
 * 200 ms by default; the Quarkus scheduler stops at one second) on a worker thread, never on the
 * event loop. A tick that finds the previous run still busy is skipped. Every replica runs the
 * timer; the advisory lock lets one of them chain at a time. Alarms, lag and export failures go to
 * the {@link AuditChainMonitor} (metrics and the {@code audit} health group, never readiness).
 */
@ApplicationScoped
public class AuditChainJob {
    private final AuditChainer chainer;
    private final AuditSigner signer;
    private final AuditConfig config;
    private final Vertx vertx;
    private final AuditChainMonitor monitor;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long timerId = -1;
    private Instant nextLag = Instant.MIN;

    AuditChainJob(AgroalDataSource dataSource, AuditSigner signer, CheckpointExporter exporter, AuditConfig config,
            Clock clock, Vertx vertx, AuditChainMonitor monitor) {
        this.config = config;
        this.monitor = monitor;
        this.clock = clock;
        this.signer = signer;
        this.vertx = vertx;
        this.chainer = new AuditChainer(dataSource, signer, exporter, settings(config), clock);
    }

    void start(@Observes StartupEvent ignored) {
        if (config.chainer().enabled()) {
            // Load the signing keyset now: lazily, the first checkpoint would stall the chain for
            // the whole key loading (seconds on a busy machine), and a key problem shows at start.
            Log.infof("Audit chainer every %d ms, checkpoints signed with key %d", config.chainer().interval().toMillis(), signer.keyId());
            timerId = vertx.setPeriodic(config.chainer().interval().toMillis(), id -> {
                if (busy.compareAndSet(false, true)) {
                    vertx.executeBlocking(() -> {
                        try {
                            tick();
                        } finally {
                            busy.set(false);
                        }
                        return null;
                    }, false);
                }
            });
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    static AuditChainer.Settings settings(AuditConfig config) {
        return new AuditChainer.Settings(config.chainer().batchSize(), config.chainer().lookbackIds(),
                config.chainer().fullSweepInterval(), config.chainer().maxRunTime(),
                config.checkpoint().everyEvents(), config.checkpoint().maxInterval(), config.chainer().fullSweepHorizon(),
                config.chainer().wholeLogSliceIds());
    }

    void tick() {
        try {
            AuditChainer.RunResult r = chainer.run();
            if (r.lockHeld()) {
                monitor.ran(chainer.exportFailuresInRow());
            }
        } catch (AuditChainAlarm e) {
            // Nothing was chained or signed. Loud, and again on every tick until an operator acts.
            if (monitor.alarm(e)) {
                Log.errorf("AUDIT CHAIN ALARM %s; nothing chained or signed (docs/audit.md, Alarms)", e.getMessage());
            }
        } catch (SQLException | RuntimeException e) {
            // The events are committed and stay unchained until the next run; nothing is lost.
            Log.warnf("Audit chainer run failed (%s); retrying on the next tick", e.getClass().getSimpleName());
        }
        Instant now = clock.instant();
        if (!now.isBefore(nextLag)) {
            nextLag = now.plus(config.monitor().lagEvery());
            try {
                monitor.lag(chainer.lag());
            } catch (SQLException | RuntimeException e) {
                Log.warnf("Audit chain lag could not be measured (%s)", e.getClass().getSimpleName());
            }
        }
    }

    AuditChainer chainer() {
        return chainer;
    }
}
