package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.security.GeneralSecurityException;

/** Picks the {@link KekProvider} for a KEK URI. */
@ApplicationScoped
public class KekRegistry {
    private final Instance<KekProvider> providers;

    KekRegistry(Instance<KekProvider> providers) {
        this.providers = providers;
    }

    Aead kek(String uri, boolean create) throws GeneralSecurityException {
        for (KekProvider p : providers) {
            if (p.supports(uri)) {
                return p.kek(uri, create);
            }
        }
        throw new IllegalStateException("No KEK provider for the configured URI scheme");
    }
}
