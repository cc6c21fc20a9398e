package org.sealedintake.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;

/**
 * Signs outbox deliveries with the Ed25519 keyset {@link KeysetFiles#OUTBOX_SIGNING} (raw output:
 * a plain 64-byte signature, no Tink prefix). A key of its own rather than the audit key: receivers
 * of webhooks trust it for deliveries only, and either can be rotated without the other. The public
 * half is published ({@code GET /v1/outbox/keys}); docs/outbox.md says how receivers verify.
 */
@ApplicationScoped
public class OutboxSigner {
    private final SigningKeyset keys;

    OutboxSigner(KeyRing keyRing) throws GeneralSecurityException {
        this.keys = new SigningKeyset(keyRing.outboxSigning(), "outbox");
    }

    /** Signs {@code message} with the primary key. */
    public byte[] sign(byte[] message) {
        return keys.sign(message);
    }

    /** True when {@code signature} is a valid signature of {@code message} by any key of the keyset. */
    public boolean verify(byte[] message, byte[] signature) {
        return keys.verify(message, signature);
    }

    /** The public keyset in Tink's JSON format: key material without any secret. */
    public String publicKeysetJson() {
        return keys.publicKeysetJson();
    }

    /** Id of the key that signs (Tink's key id of the primary key, unsigned). */
    public long keyId() {
        return keys.keyId();
    }
}
