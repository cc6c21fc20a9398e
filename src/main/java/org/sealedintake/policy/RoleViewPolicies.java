package org.sealedintake.policy;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Loads role-views.yaml when the service starts, like every policy (see {@link PolicyFiles#open}).
 * A missing or invalid policy stops the start with a message that lists every problem: the service
 * never runs with views its policy does not allow.
 */
@Startup
@Singleton
public class RoleViewPolicies {
    public static final String FILE = "role-views.yaml";

    private final RoleViewPolicy policy;

    RoleViewPolicies(PolicyConfig config) {
        this.policy = load(Path.of(config.dir()).resolve(FILE));
        Log.infof("Role-view policy loaded: %d roles, %d matrix items, %d views", policy.roles().size(),
                policy.matrix().size(), policy.views().size());
    }

    public RoleViewPolicy policy() {
        return policy;
    }

    /** Reads and validates a role-view policy file. */
    public static RoleViewPolicy load(Path file) {
        try (InputStream in = PolicyFiles.open(file)) {
            return RoleViewPolicy.parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Role-view policy " + file + " cannot be read", e);
        }
    }
}
