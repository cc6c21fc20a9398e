package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * TEST ONLY: the test keysets as application.properties' %test profile names them, for tests that
 * run the service without the private keyset (mode api) and open what it sealed from the outside.
 */
public final class TestKeys {
    public static final Path DIR = Path.of("target/test-keys");
    public static final Path SERVICE_KEK = DIR.resolve("service-kek.test-only.json");
    public static final Path EXECUTOR_KEK = Path.of("target/test-executor-kek/executor-kek.test-only.json");

    private TestKeys() {
    }

    /** Creates the test keysets if no earlier test run did (the service does it too, on its first start). */
    public static synchronized void ensure() {
        try {
            KeyRing.registerTink();
            if (!KeyGenerator.exists(DIR, KeysetFiles.SEALING_PUBLIC)) {
                KeyGenerator.writeSealingPair(DIR, LocalFileKekProvider.load(EXECUTOR_KEK, true));
            }
            Aead serviceKek = LocalFileKekProvider.load(SERVICE_KEK, true);
            for (KeysetFiles f : KeysetFiles.SERVICE_KEYSETS) {
                if (!KeyGenerator.exists(DIR, f)) {
                    KeyGenerator.writeServiceKeyset(DIR, f, serviceKek);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the test key folder without the executor's keysets (private sealing, approval signing), as an api deployment has it. */
    public static Path withoutPrivateSealingKeyset(Path target) {
        ensure();
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(DIR)) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().equals(KeysetFiles.SEALING_PRIVATE.in(DIR).getFileName())
                            && !f.getFileName().equals(KeysetFiles.APPROVAL_SIGNING.in(DIR).getFileName())) {
                        Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.deleteIfExists(KeysetFiles.SEALING_PRIVATE.in(target));
            Files.deleteIfExists(KeysetFiles.APPROVAL_SIGNING.in(target));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blind index over a fresh HMAC key, for plain tests (no service, no keyset files). */
    public static BlindIndex freshBlindIndex() {
        try {
            KeyRing.registerTink();
            return new BlindIndex(KeysetHandle.generateNew(com.google.crypto.tink.prf.PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), com.google.crypto.tink.prf.PrfSet.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a sealed identity with the private keyset and the executor KEK, outside the service. */
    public static byte[] openSealedIdentity(byte[] ciphertext, UUID reportId) {
        try {
            KeyRing.registerTink();
            KeysetHandle privateKeyset = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
                    Files.readString(KeysetFiles.SEALING_PRIVATE.in(DIR), StandardCharsets.UTF_8),
                    LocalFileKekProvider.load(EXECUTOR_KEK, false), KeysetFiles.SEALING_PRIVATE.associatedData());
            return privateKeyset.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class)
                    .decrypt(ciphertext, AssociatedData.reportIdentity(reportId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
