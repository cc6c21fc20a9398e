package org.sealedintake.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * A stalled chainer, an alarm and a failing export show in the audit health group and in metrics,
 * and never in readiness or liveness: intake goes on while the log catches up.
 */
@QuarkusTest
class AuditHealthTest {
    @Inject
    AuditConfig config;

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
    }

    @Test
    void auditGroupIsServedApartFromReadinessAndLiveness() {
        int port = managementPort();
        given().port(port).get("/q/health/group/audit").then().statusCode(200)
                .body("checks.name", hasItem("audit-chain"));
        given().port(port).get("/q/health/ready").then().statusCode(200).body("checks.name", not(hasItem("audit-chain")));
        given().port(port).get("/q/health/live").then().statusCode(200).body("checks.name", not(hasItem("audit-chain")));
        given().port(port).get("/q/metrics").then().statusCode(200)
                .body(containsString("sealed_audit_chain_alarm")).body(containsString("sealed_audit_chain_lag_seconds"))
                .body(containsString("sealed_audit_export_failures_in_row"));
    }

    @Test
    void alarmStalledChainAndFailingExportEachTurnTheAuditCheckDown() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AuditChainMonitor m = new AuditChainMonitor(config, Clock.systemUTC(), metrics);
        assertEquals(HealthCheckResponse.Status.UP, m.health().getStatus());

        m.alarm(new AuditChainAlarm(AuditChainAlarm.Kind.HEAD_DOES_NOT_FOLLOW, "chain row 11 does not recompute"));
        assertEquals(HealthCheckResponse.Status.DOWN, m.health().getStatus());
        assertEquals(1.0, metrics.get("sealed.audit.chain.alarm").gauge().value());
        m.ran(0);
        assertEquals(HealthCheckResponse.Status.UP, m.health().getStatus());

        m.lag(config.monitor().maxLag().plus(Duration.ofSeconds(1)));
        assertEquals(HealthCheckResponse.Status.DOWN, m.health().getStatus());
        m.lag(Duration.ZERO);

        m.exportFailures(config.monitor().maxExportFailures());
        assertEquals(HealthCheckResponse.Status.DOWN, m.health().getStatus());
        assertEquals((double) config.monitor().maxExportFailures(), metrics.get("sealed.audit.export.failures.in.row").gauge().value());
    }
}
