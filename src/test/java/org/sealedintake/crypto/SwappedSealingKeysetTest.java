package org.sealedintake.crypto;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service pinned to one public sealing keyset refuses to start on another: whoever swaps the
 * (non-secret) file cannot have new identities sealed to their own key.
 */
@QuarkusMainTest
@TestProfile(SwappedSealingKeysetTest.PinnedElsewhere.class)
class SwappedSealingKeysetTest {

    /** Pins a fingerprint that the test keyset does not have, as if the file had been swapped after pinning. */
    public static class PinnedElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sealed.keys.sealing-public-fingerprint", "ab".repeat(32));
        }
    }

    @Test
    void startFailsWhenThePublicSealingKeysetDoesNotMatchItsPin(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("audit", "verify");
        String all = result.getOutput() + result.getErrorOutput();
        assertNotEquals(0, result.exitCode(), all);
        assertTrue(all.contains("does not match sealed.keys.sealing-public-fingerprint"), all);
    }
}
