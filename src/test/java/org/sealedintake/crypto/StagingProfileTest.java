package org.sealedintake.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.KeysetHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Development key handling is on an allow-list of profiles (dev, test): a profile named
 * {@code staging} (or anything else) refuses local-file KEKs, generated keysets, unpinned sealing
 * keysets and the development database passwords. No KMS is reachable from these machines, so the
 * proof is that everything dev-only is refused, not that a KMS works.
 */
class StagingProfileTest {
    private static final List<String> STAGING = List.of("staging");

    @TempDir
    Path tmp;

    @Test
    void onlyDevAndTestAllowDevKeys() {
        assertTrue(DevProfile.allowsDevKeys(List.of("dev")));
        assertTrue(DevProfile.allowsDevKeys(List.of("test")));
        assertFalse(DevProfile.allowsDevKeys(STAGING));
        assertFalse(DevProfile.allowsDevKeys(List.of("prod")));
        assertFalse(DevProfile.allowsDevKeys(List.of("test", "staging")));
        assertFalse(DevProfile.allowsDevKeys(List.of()));
    }

    @Test
    void stagingRefusesLocalFileKeksAndGeneratedKeysets() {
        IllegalStateException kek = assertThrows(IllegalStateException.class,
                () -> DevProfile.require(STAGING, "local-file KEKs (configure a KMS KEK URI)"));
        assertTrue(kek.getMessage().contains("staging"), kek.getMessage());
        assertThrows(IllegalStateException.class, () -> DevProfile.require(STAGING, "generated keysets"));
        assertDoesNotThrow(() -> DevProfile.require(List.of("test"), "generated keysets"));
    }

    @Test
    void stagingRefusesTheDevDatabasePasswordsWithoutPrintingThem() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DevSecretsGuard.check(STAGING,
                Map.of("quarkus.datasource.password", "dev-only-app-pw", "quarkus.flyway.password", "dev-only-owner-pw")));
        assertTrue(e.getMessage().contains("quarkus.datasource.password") && e.getMessage().contains("quarkus.flyway.password"));
        assertFalse(e.getMessage().contains("dev-only"), "the message names properties, never values");
        assertDoesNotThrow(() -> DevSecretsGuard.check(STAGING, Map.of("quarkus.datasource.password", "a-real-secret")));
        assertDoesNotThrow(() -> DevSecretsGuard.check(List.of("dev"), Map.of("quarkus.datasource.password", "dev-only-app-pw")));
    }

    @Test
    void keysInitUnderStagingOrPackagedProdRefusesCleartextKeks() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String service = "local-file:" + tmp.resolve("service.json");
        String executor = "local-file:" + tmp.resolve("exec/executor.json");
        String[] args = { "keys", "init", "--dir", tmp.resolve("keys").toString(), "--service-kek", service, "--executor-kek", executor };
        assertEquals(2, KeysTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), STAGING));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("dev and test profiles only"));
        assertFalse(tmp.resolve("service.json").toFile().exists(), "no cleartext KEK written");
        assertFalse(tmp.resolve("keys").toFile().exists(), "no keysets written");
        // A packaged jar runs as prod unless a profile is set.
        assertEquals(2, KeysTool.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), List.of("prod")));
    }

    @Test
    void keysInitComparesKeksByTheFileTheyResolveTo() {
        Path dir = tmp.resolve("keys");
        String a = "local-file:" + tmp.resolve("k/a.json");
        String sameFile = "local-file:" + tmp.resolve("k/./x/../a.json");
        assertEquals(2, KeysTool.run(new String[] { "keys", "init", "--dir", dir.toString(), "--service-kek", a, "--executor-kek",
                sameFile }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), List.of("test")));
        assertFalse(dir.toFile().exists());
    }

    @Test
    void keysInitSeesThroughASymbolicLinkToTheSameKek() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("k"));
        java.nio.file.Files.writeString(tmp.resolve("k/a.json"), "{}");
        java.nio.file.Files.createSymbolicLink(tmp.resolve("link.json"), tmp.resolve("k/a.json"));
        Path dir = tmp.resolve("keys");
        assertEquals(2, KeysTool.run(new String[] { "keys", "init", "--dir", dir.toString(), "--service-kek",
                "local-file:" + tmp.resolve("k/a.json"), "--executor-kek", "local-file:" + tmp.resolve("link.json") },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), List.of("test")));
        assertFalse(dir.toFile().exists());
    }

    @Test
    void swappedPublicSealingKeysetIsRefusedAtStart() throws Exception {
        KeyRing.registerTink();
        KeysetHandle pinnedPair = KeysetHandle.generateNew(KeyGenerator.sealingParameters());
        KeysetHandle attackersPair = KeysetHandle.generateNew(KeyGenerator.sealingParameters());
        String pin = SealingKeyPin.fingerprint(pinnedPair.getPublicKeysetHandle());

        assertDoesNotThrow(() -> SealingKeyPin.check(pinnedPair.getPublicKeysetHandle(), Optional.of(pin), STAGING));
        IllegalStateException swapped = assertThrows(IllegalStateException.class,
                () -> SealingKeyPin.check(attackersPair.getPublicKeysetHandle(), Optional.of(pin), STAGING));
        assertTrue(swapped.getMessage().contains("does not match"), swapped.getMessage());
        // Outside dev and test the pin is required; in test an unpinned keyset is only logged.
        assertThrows(IllegalStateException.class, () -> SealingKeyPin.check(pinnedPair.getPublicKeysetHandle(), Optional.empty(), STAGING));
        assertDoesNotThrow(() -> SealingKeyPin.check(pinnedPair.getPublicKeysetHandle(), Optional.empty(), List.of("test")));
    }
}
