package org.sealedintake.audit;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /q/health/group/audit}: the audit chain's alarms, lag and export failures. In its own
 * group, never in readiness or liveness, so it alerts without taking API pods out of service.
 */
@HealthGroup("audit")
@ApplicationScoped
public class AuditChainHealth implements HealthCheck {
    private final AuditChainMonitor monitor;

    AuditChainHealth(AuditChainMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public HealthCheckResponse call() {
        return monitor.health();
    }
}
