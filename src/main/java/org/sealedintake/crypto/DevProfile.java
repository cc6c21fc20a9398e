package org.sealedintake.crypto;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/** Whether the process runs with the prod profile, where development-only key handling is refused. */
final class DevProfile {
    private DevProfile() {
    }

    static boolean isProd() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles().contains("prod");
    }
}
