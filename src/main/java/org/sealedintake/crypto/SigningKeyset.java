package org.sealedintake.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.security.GeneralSecurityException;

/**
 * One Ed25519 signing keyset: signs with the primary key, verifies with any key of its public half,
 * and publishes that public half. The service's signers (audit checkpoints, outbox deliveries) each
 * hold their own.
 */
final class SigningKeyset {
    private final PublicKeySign sign;
    private final PublicKeyVerify verify;
    private final long keyId;
    private final String publicKeysetJson;
    private final String purpose;

    SigningKeyset(KeysetHandle signing, String purpose) throws GeneralSecurityException {
        KeysetHandle pub = signing.getPublicKeysetHandle();
        this.sign = signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verify = pub.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        this.keyId = Integer.toUnsignedLong(signing.getPrimary().getId());
        this.publicKeysetJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pub);
        this.purpose = purpose;
    }

    byte[] sign(byte[] message) {
        try {
            return sign.sign(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(purpose + " signing failed", e);
        }
    }

    boolean verify(byte[] message, byte[] signature) {
        if (signature == null) {
            return false;
        }
        try {
            verify.verify(signature, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    String publicKeysetJson() {
        return publicKeysetJson;
    }

    long keyId() {
        return keyId;
    }
}
