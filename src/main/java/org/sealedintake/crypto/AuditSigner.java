package org.sealedintake.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;

/**
 * Signs audit checkpoints with the Ed25519 keyset {@link KeysetFiles#AUDIT_SIGNING}, which lives
 * outside the database (wrapped by the service KEK). Verification uses the public half only, which
 * {@link #publicKeysetJson()} publishes so that anyone can check exported checkpoints.
 */
@ApplicationScoped
public class AuditSigner {
    private final PublicKeySign sign;
    private final PublicKeyVerify verify;
    private final long keyId;
    private final String publicKeysetJson;

    AuditSigner(KeyRing keys) throws GeneralSecurityException {
        KeysetHandle signing = keys.auditSigning();
        KeysetHandle pub = signing.getPublicKeysetHandle();
        this.sign = signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verify = pub.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        this.keyId = Integer.toUnsignedLong(signing.getPrimary().getId());
        this.publicKeysetJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pub);
    }

    /** Signs {@code message} with the primary key; the signature carries Tink's key-id prefix. */
    public Signature sign(byte[] message) {
        try {
            return new Signature(keyId, sign.sign(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("checkpoint signing failed", e);
        }
    }

    /** True when {@code signature} is a valid signature of {@code message} by any key of the keyset. */
    public boolean verify(byte[] message, byte[] signature) {
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

    /** The public keyset in Tink's JSON format: key material without any secret. */
    public String publicKeysetJson() {
        return publicKeysetJson;
    }

    /** Id of the key that signs new checkpoints. */
    public long keyId() {
        return keyId;
    }

    /** A signature and the id of the key that made it. */
    public record Signature(long keyId, byte[] bytes) {
    }
}
