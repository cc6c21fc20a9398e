package org.sealedintake.crypto;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a sealed identity. Only the {@code unseal} package may use it (an ArchUnit rule says so),
 * and it works only in the modes that loaded the private keyset.
 */
@ApplicationScoped
public class IdentityOpener {
    private final Optional<HybridDecrypt> decrypt;

    IdentityOpener(KeyRing keys) throws GeneralSecurityException {
        this.decrypt = keys.sealingPrivate().isPresent()
                ? Optional.of(keys.sealingPrivate().get().getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class))
                : Optional.empty();
    }

    public boolean available() {
        return decrypt.isPresent();
    }

    public byte[] open(byte[] ciphertext, UUID reportId) {
        HybridDecrypt d = decrypt.orElseThrow(() -> new IllegalStateException("this instance does not hold the private sealing keyset"));
        try {
            return d.decrypt(ciphertext, AssociatedData.reportIdentity(reportId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed identity could not be opened", e);
        }
    }
}
