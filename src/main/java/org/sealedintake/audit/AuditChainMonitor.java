package org.sealedintake.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The audit chain's own health: alarms, a stalled chain (lag growing) and a failing checkpoint
 * export. Shown as metrics ({@code sealed_audit_*}) and as the health group {@code audit}
 * ({@code /q/health/group/audit} on the management port), which alerting watches. Deliberately not
 * a readiness or liveness check: intake must go on while the log catches up, so a stalled chain
 * never takes an API pod out of service (docs/audit.md, "Alarms").
 */
@ApplicationScoped
public class AuditChainMonitor {
    private final AuditConfig config;
    private final Clock clock;
    private final Counter alarms;
    private volatile AuditChainAlarm alarm;
    private volatile Instant alarmAt;
    private volatile long lagMillis;
    private volatile int exportFailuresInRow;

    AuditChainMonitor(AuditConfig config, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.clock = clock;
        this.alarms = Counter.builder("sealed.audit.chain.alarms").description("Chainer runs that found a head it must not sign")
                .register(metrics);
        Gauge.builder("sealed.audit.chain.alarm", this, m -> m.alarm == null ? 0 : 1)
                .description("1 while the chainer refuses to chain or sign (see the log and docs/audit.md)").register(metrics);
        Gauge.builder("sealed.audit.chain.lag.seconds", this, m -> m.lagMillis / 1000.0)
                .description("Age of the oldest committed event not yet chained").register(metrics);
        Gauge.builder("sealed.audit.export.failures.in.row", this, m -> m.exportFailuresInRow)
                .description("Checkpoint exports that failed since the last one that worked").register(metrics);
    }

    /** Records an alarm; true when it is new or differs from the one already raised (worth a log line). */
    boolean alarm(AuditChainAlarm a) {
        AuditChainAlarm before = alarm;
        alarm = a;
        alarmAt = clock.instant();
        alarms.increment();
        return before == null || !before.getMessage().equals(a.getMessage());
    }

    /** A run that chained and signed without an alarm clears it. */
    void ran(int exportFailures) {
        alarm = null;
        exportFailuresInRow = exportFailures;
    }

    void exportFailures(int inRow) {
        exportFailuresInRow = inRow;
    }

    void lag(Duration lag) {
        lagMillis = lag.toMillis();
    }

    /** The health answer; served by {@link AuditChainHealth} in the {@code audit} group. */
    HealthCheckResponse health() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("audit-chain")
                .withData("lagSeconds", lagMillis / 1000)
                .withData("exportFailuresInRow", exportFailuresInRow);
        AuditChainAlarm a = alarm;
        boolean up = true;
        if (a != null) {
            b.withData("alarm", a.kind().name()).withData("alarmAt", String.valueOf(alarmAt));
            up = false;
        }
        if (Duration.ofMillis(lagMillis).compareTo(config.monitor().maxLag()) > 0) {
            b.withData("stalled", true);
            up = false;
        }
        if (exportFailuresInRow >= config.monitor().maxExportFailures()) {
            b.withData("exportFailing", true);
            up = false;
        }
        return b.status(up).build();
    }
}
