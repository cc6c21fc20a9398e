package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/** Creates keysets; shared by {@code keys init} and the development start-up. */
final class KeyGenerator {
    private KeyGenerator() {
    }

    /** HPKE with X25519, HKDF-SHA256 and AES-256-GCM (Tink's predefined set stops at AES-128). */
    static Parameters sealingParameters() throws GeneralSecurityException {
        return HpkeParameters.builder()
                .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                .setVariant(HpkeParameters.Variant.TINK)
                .build();
    }

    static Parameters parametersOf(KeysetFiles file) throws GeneralSecurityException {
        return switch (file) {
            case SEALING_PUBLIC, SEALING_PRIVATE -> sealingParameters();
            case BLIND_INDEX -> PredefinedPrfParameters.HMAC_SHA256_PRF;
            case DATA -> PredefinedAeadParameters.AES256_GCM;
            case AUDIT_SIGNING, APPROVAL_SIGNING -> PredefinedSignatureParameters.ED25519;
            // Raw: the signature is the plain 64-byte Ed25519 one, which openssl or the JDK verify.
            case OUTBOX_SIGNING -> PredefinedSignatureParameters.ED25519WithRawOutput;
        };
    }

    /** Writes a new sealing key pair: the public half in the clear, the private half under the executor KEK. */
    static void writeSealingPair(Path dir, Aead executorKek) throws GeneralSecurityException, IOException {
        KeysetHandle pair = KeysetHandle.generateNew(sealingParameters());
        KeysetFiles.writePrivate(KeysetFiles.SEALING_PRIVATE.in(dir), TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
                pair, executorKek, KeysetFiles.SEALING_PRIVATE.associatedData()));
        KeysetFiles.writePrivate(KeysetFiles.SEALING_PUBLIC.in(dir),
                TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pair.getPublicKeysetHandle()));
    }

    /** Writes a new service keyset (blind index, data, audit signing) under the service KEK. */
    static void writeServiceKeyset(Path dir, KeysetFiles file, Aead serviceKek) throws GeneralSecurityException, IOException {
        writeKeyset(dir, file, serviceKek);
    }

    /** Writes a new executor keyset (approval signing) under the executor KEK. */
    static void writeExecutorKeyset(Path dir, KeysetFiles file, Aead executorKek) throws GeneralSecurityException, IOException {
        writeKeyset(dir, file, executorKek);
    }

    private static void writeKeyset(Path dir, KeysetFiles file, Aead kek) throws GeneralSecurityException, IOException {
        KeysetHandle handle = KeysetHandle.generateNew(parametersOf(file));
        KeysetFiles.writePrivate(file.in(dir),
                TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, kek, file.associatedData()));
    }

    static boolean exists(Path dir, KeysetFiles file) {
        return Files.exists(file.in(dir));
    }
}
