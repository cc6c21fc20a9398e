package org.sealedintake.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys init} creates a usable, separated set of keysets. */
class KeysToolTest {
    @TempDir
    Path tmp;

    private int run(String... args) {
        return KeysTool.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), java.util.List.of("test"));
    }

    @Test
    void initWritesEveryKeysetAndTheSealingPairWorksOnlyWithTheExecutorKek() throws Exception {
        Path dir = tmp.resolve("keys");
        String serviceKek = "local-file:" + tmp.resolve("service-kek.test-only.json");
        String executorKek = "local-file:" + tmp.resolve("exec/executor-kek.test-only.json");
        assertEquals(0, run("keys", "init", "--dir", dir.toString(), "--service-kek", serviceKek, "--executor-kek", executorKek));
        for (KeysetFiles f : KeysetFiles.values()) {
            assertTrue(Files.exists(f.in(dir)), f + " written");
        }
        KeyRing.registerTink();
        var pub = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(KeysetFiles.SEALING_PUBLIC.in(dir)));
        UUID reportId = UUID.randomUUID();
        byte[] ct = pub.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class)
                .encrypt("identity".getBytes(StandardCharsets.UTF_8), AssociatedData.reportIdentity(reportId));
        var executor = LocalFileKekProvider.load(tmp.resolve("exec/executor-kek.test-only.json"), false);
        var priv = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(Files.readString(KeysetFiles.SEALING_PRIVATE.in(dir)),
                executor, KeysetFiles.SEALING_PRIVATE.associatedData());
        assertArrayEquals("identity".getBytes(StandardCharsets.UTF_8),
                priv.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class).decrypt(ct, AssociatedData.reportIdentity(reportId)));
        // The service KEK cannot open the private sealing keyset (threat T19).
        var service = LocalFileKekProvider.load(tmp.resolve("service-kek.test-only.json"), false);
        assertThrows(Exception.class, () -> TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
                Files.readString(KeysetFiles.SEALING_PRIVATE.in(dir)), service, KeysetFiles.SEALING_PRIVATE.associatedData()));
        // And an identity sealed for one report does not open as another's.
        assertThrows(Exception.class, () -> priv.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class)
                .decrypt(ct, AssociatedData.reportIdentity(UUID.randomUUID())));
    }

    @Test
    void initRefusesOneKekForBothRolesAndRefusesToOverwrite() {
        Path dir = tmp.resolve("keys");
        String kek = "local-file:" + tmp.resolve("kek.test-only.json");
        assertEquals(2, run("keys", "init", "--dir", dir.toString(), "--service-kek", kek, "--executor-kek", kek));
        String other = "local-file:" + tmp.resolve("other.test-only.json");
        assertEquals(0, run("keys", "init", "--dir", dir.toString(), "--service-kek", kek, "--executor-kek", other));
        assertEquals(1, run("keys", "init", "--dir", dir.toString(), "--service-kek", kek, "--executor-kek", other));
    }

    @Test
    void addMissingWritesOnlyWhatAnOlderFolderLacksAndOnlyWithItsOwnKek() throws Exception {
        Path dir = tmp.resolve("keys");
        String kek = "local-file:" + tmp.resolve("kek.test-only.json");
        String exec = "local-file:" + tmp.resolve("exec.test-only.json");
        assertEquals(0, run("keys", "init", "--dir", dir.toString(), "--service-kek", kek, "--executor-kek", exec));
        String data = Files.readString(KeysetFiles.DATA.in(dir));
        Files.delete(KeysetFiles.OUTBOX_SIGNING.in(dir));

        String wrong = "local-file:" + tmp.resolve("wrong.test-only.json");
        assertEquals(1, run("keys", "add-missing", "--dir", dir.toString(), "--service-kek", wrong));
        assertTrue(!Files.exists(KeysetFiles.OUTBOX_SIGNING.in(dir)), "nothing written under a KEK that does not open the folder");

        assertEquals(0, run("keys", "add-missing", "--dir", dir.toString(), "--service-kek", kek));
        assertTrue(Files.exists(KeysetFiles.OUTBOX_SIGNING.in(dir)));
        assertEquals(data, Files.readString(KeysetFiles.DATA.in(dir)), "existing keysets untouched");
        TinkJsonProtoKeysetFormat.parseEncryptedKeyset(Files.readString(KeysetFiles.OUTBOX_SIGNING.in(dir)),
                LocalFileKekProvider.load(tmp.resolve("kek.test-only.json"), false), KeysetFiles.OUTBOX_SIGNING.associatedData());
        assertEquals(2, KeysTool.run(new String[] { "keys", "add-missing", "--dir", dir.toString(), "--service-kek", kek },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), java.util.List.of("prod")),
                "a local-file KEK outside dev and test");
    }
}
