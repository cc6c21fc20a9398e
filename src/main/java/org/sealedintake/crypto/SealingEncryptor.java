package org.sealedintake.crypto;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.UUID;

/** Seals a reporter identity with the public keyset: nothing that holds this bean can open it again. */
@ApplicationScoped
public class SealingEncryptor {
    private final HybridEncrypt encrypt;
    private final long keyId;

    SealingEncryptor(KeyRing keys) throws GeneralSecurityException {
        this.encrypt = keys.sealingPublic().getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        this.keyId = Integer.toUnsignedLong(keys.sealingPublic().getPrimary().getId());
    }

    public Sealed seal(byte[] plaintext, UUID reportId) {
        try {
            return new Sealed(keyId, encrypt.encrypt(plaintext, AssociatedData.reportIdentity(reportId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** A ciphertext and the id of the key that sealed it. */
    public record Sealed(long keyId, byte[] ciphertext) {
    }
}
