package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;

/** Encryption at rest for report texts and attachment bytes (AES-256-GCM). */
@ApplicationScoped
public class DataCipher {
    private final Aead aead;

    DataCipher(KeyRing keys) throws GeneralSecurityException {
        this.aead = keys.data().getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored data could not be decrypted", e);
        }
    }
}
