package org.sealedintake.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
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
    private final PublicKeySign sign;
    private final PublicKeyVerify verify;
    private final long keyId;
    private final String publicKeysetJson;

    OutboxSigner(KeyRing keys) throws GeneralSecurityException {
        KeysetHandle signing = keys.outboxSigning();
        KeysetHandle pub = signing.getPublicKeysetHandle();
        this.sign = signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verify = pub.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        this.keyId = Integer.toUnsignedLong(signing.getPrimary().getId());
        this.publicKeysetJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pub);
    }

    /** Signs {@code message} with the primary key. */
    public byte[] sign(byte[] message) {
        try {
            return sign.sign(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("outbox signing failed", e);
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

    /** Id of the key that signs (Tink's key id of the primary key, unsigned). */
    public long keyId() {
        return keyId;
    }
}
