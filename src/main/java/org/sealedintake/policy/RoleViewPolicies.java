package org.sealedintake.policy;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads policies/role-views.yaml (packaged on the class path from the repository's policies/
 * folder) when the service starts. A missing or invalid policy stops the start with a message that
 * lists every problem: the service never runs with views its policy does not allow.
 */
@Startup
@Singleton
public class RoleViewPolicies {
    public static final String RESOURCE = "policies/role-views.yaml";

    private final RoleViewPolicy policy;

    RoleViewPolicies() {
        this.policy = load(RESOURCE);
        Log.infof("Role-view policy loaded: %d roles, %d matrix items, %d views", policy.roles().size(),
                policy.matrix().size(), policy.views().size());
    }

    public RoleViewPolicy policy() {
        return policy;
    }

    /** Reads and validates a policy from the class path. */
    public static RoleViewPolicy load(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Role-view policy " + resource + " is missing from the class path");
            }
            return RoleViewPolicy.parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Role-view policy " + resource + " cannot be read", e);
        }
    }
}
