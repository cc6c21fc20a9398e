package org.sealedintake.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;

/**
 * Signs audit checkpoints with the Ed25519 keyset {@link KeysetFiles#AUDIT_SIGNING}, which lives
 * outside the database (wrapped by the service KEK). Verification uses the public half only, which
 * {@link #publicKeysetJson()} publishes so that anyone can check exported checkpoints.
 */
@ApplicationScoped
public class AuditSigner {
    private final SigningKeyset keys;

    AuditSigner(KeyRing keyRing) throws GeneralSecurityException {
        this.keys = new SigningKeyset(keyRing.auditSigning(), "checkpoint");
    }

    /** Signs {@code message} with the primary key; the signature carries Tink's key-id prefix. */
    public Signature sign(byte[] message) {
        return new Signature(keys.keyId(), keys.sign(message));
    }

    /** True when {@code signature} is a valid signature of {@code message} by any key of the keyset. */
    public boolean verify(byte[] message, byte[] signature) {
        return keys.verify(message, signature);
    }

    /** The public keyset in Tink's JSON format: key material without any secret. */
    public String publicKeysetJson() {
        return keys.publicKeysetJson();
    }

    /** Id of the key that signs new checkpoints. */
    public long keyId() {
        return keys.keyId();
    }

    /** A signature and the id of the key that made it. */
    public record Signature(long keyId, byte[] bytes) {
    }
}
