package org.sealedintake.crypto;

import io.smallrye.config.SmallRyeConfig;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether development-only key handling (local-file KEKs, generated keysets, dev passwords) is
 * allowed: only when every active profile is {@code dev} or {@code test}. An allow-list, because a
 * deny-list of {@code prod} let a profile named {@code staging} use dev keys.
 */
public final class DevProfile {
    private static final Set<String> DEV_PROFILES = Set.of("dev", "test");

    private DevProfile() {
    }

    /** The profiles of the running process. */
    public static List<String> active() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles();
    }

    public static boolean allowsDevKeys() {
        return allowsDevKeys(active());
    }

    public static boolean allowsDevKeys(List<String> profiles) {
        return !profiles.isEmpty() && DEV_PROFILES.containsAll(profiles);
    }

    /** Throws unless the profiles allow development-only key handling; {@code what} names the refused thing. */
    static void require(List<String> profiles, String what) {
        if (!allowsDevKeys(profiles)) {
            throw new IllegalStateException(what + " are for the dev and test profiles only (active profiles: "
                    + String.join(",", profiles) + ")");
        }
    }
}
