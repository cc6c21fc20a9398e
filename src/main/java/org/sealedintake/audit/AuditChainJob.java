package org.sealedintake.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Drives the {@link AuditChainer} from a scheduler timer ({@code sealed.audit.chainer.interval},
 * 200 ms by default) on a worker thread. Every replica runs it; the advisory lock lets one chain.
 */
@ApplicationScoped
public class AuditChainJob {
    private final AuditChainer chainer;
    private final boolean enabled;

    AuditChainJob(AgroalDataSource dataSource, org.sealedintake.crypto.AuditSigner signer, CheckpointExporter exporter,
            AuditConfig config, Clock clock) {
        this.enabled = config.chainer().enabled();
        this.chainer = new AuditChainer(dataSource, signer, exporter, settings(config), clock);
    }

    static AuditChainer.Settings settings(AuditConfig config) {
        return new AuditChainer.Settings(config.chainer().batchSize(), config.chainer().lookbackIds(),
                config.chainer().fullSweepInterval(), config.chainer().maxRunTime(),
                config.checkpoint().everyEvents(), config.checkpoint().maxInterval());
    }

    @Scheduled(identity = "audit-chainer", every = "${sealed.audit.chainer.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            chainer.run();
        } catch (SQLException | RuntimeException e) {
            // The events are committed and stay unchained until the next run; nothing is lost.
            Log.warnf("Audit chainer run failed (%s); retrying on the next tick", e.getClass().getSimpleName());
        }
    }

    /** Runs the chainer now (the {@code audit} commands chain before they verify or re-anchor). */
    public AuditChainer.RunResult runNow() throws SQLException {
        return chainer.run();
    }

    AuditChainer chainer() {
        return chainer;
    }
}
