package org.sealedintake.unseal;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import org.sealedintake.crypto.TestKeys;

/** Mode api with a key folder that has no private sealing keyset, and no executor KEK configured. */
public class ApiModeProfile implements QuarkusTestProfile {
    static final Path KEYS = Path.of("target/test-keys-api-mode");

    @Override
    public Map<String, String> getConfigOverrides() {
        TestKeys.withoutPrivateSealingKeyset(KEYS);
        return Map.of(
                "sealed.mode", "api",
                "sealed.keys.dir", KEYS.toString(),
                "sealed.keys.executor-kek-uri", "",
                "sealed.keys.generate-missing", "false");
    }
}
