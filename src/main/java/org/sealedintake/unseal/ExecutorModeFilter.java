package org.sealedintake.unseal;

import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.regex.Pattern;
import org.sealedintake.common.DeploymentMode;
import org.sealedintake.common.Problem;
import org.sealedintake.common.SealedConfig;

/**
 * In mode {@code executor} the public listener serves the unseal decisions and their execution only
 * ({@code POST /v1/unseal-requests/{id}/approve|reject|execute}; health is on the management port):
 * everything else answers 404, so the one deployment that holds the private sealing key and the
 * approval-signing key exposes as little as possible. Approvals are served here because they are
 * signed with the executor's key (docs/decisions.md).
 */
@jakarta.ws.rs.ext.Provider
@PreMatching
public class ExecutorModeFilter implements ContainerRequestFilter {
    private static final Pattern SERVED = Pattern.compile("/?v1/unseal-requests/[^/]+/(approve|reject|execute)/?");

    // A provider: filters are built before runtime configuration exists, so the mode is read at the first
    // request and kept (a lookup per request created the configuration's bean anew each time).
    private final Provider<SealedConfig> config;
    private volatile DeploymentMode mode;

    ExecutorModeFilter(Provider<SealedConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        DeploymentMode m = mode;
        if (m == null) {
            m = config.get().mode();
            mode = m;
        }
        if (m == DeploymentMode.EXECUTOR && !("POST".equals(request.getMethod())
                && SERVED.matcher(request.getUriInfo().getPath()).matches())) {
            request.abortWith(Problem.of(404, "not-found", "Not found",
                    "This instance is the unseal executor and serves only POST /v1/unseal-requests/{id}/approve, /reject and /execute.")
                    .toResponse());
        }
    }
}
