package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.sealedintake.common.SealedConfig;

/**
 * Loads the keysets once, at start. The private sealing keyset and the approval-signing keyset are
 * read only in the modes that open identities; in mode {@code api} neither they nor their KEK are
 * touched, and all may be absent. The public sealing keyset must match its pinned fingerprint.
 */
@ApplicationScoped
// Eager: a wrong pin or a missing keyset must stop the start, not the first request that needs a key.
@Startup
public class KeyRing {
    private final KeysetHandle sealingPublic;
    private final KeysetHandle blindIndex;
    private final KeysetHandle data;
    private final KeysetHandle auditSigning;
    private final KeysetHandle outboxSigning;
    private final Optional<KeysetHandle> sealingPrivate;
    private final Optional<KeysetHandle> approvalSigning;

    KeyRing(SealedConfig config, KekRegistry keks) {
        try {
            registerTink();
            SealedConfig.Keys keys = config.keys();
            boolean nativeCrypto = NativeCrypto.install(keys.nativeCrypto());
            Path dir = Path.of(keys.dir());
            boolean generate = keys.generateMissing();
            if (generate) {
                DevProfile.require(DevProfile.active(), "generated keysets (sealed.keys.generate-missing; run 'keys init' instead)");
            }
            boolean opens = config.mode().opensIdentities();
            Aead serviceKek = keks.kek(keys.serviceKekUri(), generate);
            Optional<Aead> executorKek = Optional.empty();
            if (opens) {
                String uri = keys.executorKekUri().orElseThrow(() -> new IllegalStateException(
                        "mode " + config.mode() + " opens identities and needs sealed.keys.executor-kek-uri"));
                executorKek = Optional.of(keks.kek(uri, generate));
            }
            if (generate && !KeyGenerator.exists(dir, KeysetFiles.SEALING_PUBLIC)) {
                KeyGenerator.writeSealingPair(dir, executorKek.orElseThrow(() -> new IllegalStateException(
                        "no sealing keyset in " + dir + ": create one with 'keys init'")));
                Log.infof("Created a development sealing keyset in %s", dir);
            }
            for (KeysetFiles f : KeysetFiles.SERVICE_KEYSETS) {
                if (generate && !KeyGenerator.exists(dir, f)) {
                    KeyGenerator.writeServiceKeyset(dir, f, serviceKek);
                }
            }
            if (generate && executorKek.isPresent() && !KeyGenerator.exists(dir, KeysetFiles.APPROVAL_SIGNING)) {
                KeyGenerator.writeExecutorKeyset(dir, KeysetFiles.APPROVAL_SIGNING, executorKek.get());
            }
            this.sealingPublic = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(read(KeysetFiles.SEALING_PUBLIC.in(dir)));
            SealingKeyPin.check(sealingPublic, keys.sealingPublicFingerprint(), DevProfile.active());
            this.blindIndex = encrypted(dir, KeysetFiles.BLIND_INDEX, serviceKek);
            this.data = encrypted(dir, KeysetFiles.DATA, serviceKek);
            this.auditSigning = encrypted(dir, KeysetFiles.AUDIT_SIGNING, serviceKek);
            this.outboxSigning = encrypted(dir, KeysetFiles.OUTBOX_SIGNING, serviceKek);
            this.sealingPrivate = executorKek.isPresent()
                    ? Optional.of(encrypted(dir, KeysetFiles.SEALING_PRIVATE, executorKek.get()))
                    : Optional.empty();
            this.approvalSigning = executorKek.isPresent()
                    ? Optional.of(encrypted(dir, KeysetFiles.APPROVAL_SIGNING, executorKek.get()))
                    : Optional.empty();
            Log.infof("Keysets loaded (mode %s, private sealing keyset %s, X25519 and Ed25519 %s)", config.mode(),
                    sealingPrivate.isPresent() ? "loaded" : "not loaded",
                    nativeCrypto ? "native (Conscrypt)" : "in Tink's pure Java");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keysets could not be loaded: " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("keysets could not be written", e);
        }
    }

    static void registerTink() throws GeneralSecurityException {
        AeadConfig.register();
        HybridConfig.register();
        PrfConfig.register();
        SignatureConfig.register();
    }

    private static KeysetHandle encrypted(Path dir, KeysetFiles file, Aead kek) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(read(file.in(dir)), kek, file.associatedData());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("keyset file missing or unreadable: " + file, e);
        }
    }

    KeysetHandle sealingPublic() {
        return sealingPublic;
    }

    KeysetHandle blindIndex() {
        return blindIndex;
    }

    KeysetHandle data() {
        return data;
    }

    KeysetHandle auditSigning() {
        return auditSigning;
    }

    KeysetHandle outboxSigning() {
        return outboxSigning;
    }

    Optional<KeysetHandle> sealingPrivate() {
        return sealingPrivate;
    }

    Optional<KeysetHandle> approvalSigning() {
        return approvalSigning;
    }
}
