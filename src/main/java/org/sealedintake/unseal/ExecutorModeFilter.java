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
 * In mode {@code executor} the public listener serves unseal execution only (health is on the
 * management port): everything else answers 404, so the one deployment that holds the private
 * sealing key exposes as little as possible.
 */
@jakarta.ws.rs.ext.Provider
@PreMatching
public class ExecutorModeFilter implements ContainerRequestFilter {
    private static final Pattern EXECUTE = Pattern.compile("/?v1/unseal-requests/[^/]+/execute/?");

    // A provider: filters are built before runtime configuration exists, so the mode is read per request.
    private final Provider<SealedConfig> config;

    ExecutorModeFilter(Provider<SealedConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (config.get().mode() == DeploymentMode.EXECUTOR && !("POST".equals(request.getMethod())
                && EXECUTE.matcher(request.getUriInfo().getPath()).matches())) {
            request.abortWith(Problem.of(404, "not-found", "Not found",
                    "This instance is the unseal executor and serves only POST /v1/unseal-requests/{id}/execute.")
                    .toResponse());
        }
    }
}
