package org.sealedintake.crypto;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start with the well-known development database passwords in any profile but dev and
 * test. application.properties gives them as fallbacks only in those profiles; this catches them
 * when they are set explicitly (a copied .env file, a staging secret made from the dev script).
 */
@ApplicationScoped
public class DevSecretsGuard {
    /** The development values of scripts/db-setup.sh, public in this repository. */
    static final Set<String> DEV_PASSWORDS = Set.of("dev-only-app-pw", "dev-only-owner-pw");
    static final List<String> CHECKED = List.of("quarkus.datasource.password", "quarkus.flyway.password");

    void onStart(@Observes StartupEvent ignored, Config config) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : CHECKED) {
            config.getOptionalValue(name, String.class).ifPresent(v -> values.put(name, v));
        }
        check(DevProfile.active(), values);
    }

    /** Throws, naming the properties (never their values), when a dev password is set outside dev and test. */
    static void check(List<String> profiles, Map<String, String> values) {
        if (DevProfile.allowsDevKeys(profiles)) {
            return;
        }
        List<String> offending = new ArrayList<>();
        values.forEach((name, value) -> {
            if (value != null && DEV_PASSWORDS.contains(value.strip())) {
                offending.add(name);
            }
        });
        if (!offending.isEmpty()) {
            offending.sort(null);
            throw new IllegalStateException("development passwords are refused outside the dev and test profiles (active: "
                    + String.join(",", profiles) + "): " + String.join(", ", offending));
        }
    }
}
