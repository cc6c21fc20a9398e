package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;
import java.security.GeneralSecurityException;

/**
 * BENCHMARK ONLY: fresh in-memory keysets with the service's own parameters ({@link KeyGenerator#parametersOf}),
 * wrapped in the service's own classes where their constructors allow it. Nothing is read from or
 * written to disk; no production key is ever involved.
 */
final class BenchKeys {
    final HybridEncrypt sealing;
    final BlindIndex blindIndex;
    final Aead data;
    final SigningKeyset audit;

    /** @param nativeCrypto as {@code sealed.keys.native-crypto} (D26): Conscrypt's X25519 and Ed25519, or Tink's Java */
    BenchKeys(boolean nativeCrypto) throws GeneralSecurityException {
        KeyRing.registerTink();
        if (!nativeCrypto) {
            java.security.Security.removeProvider(NativeCrypto.PROVIDER);
        } else if (!NativeCrypto.install(true)) {
            throw new IllegalStateException("Conscrypt's native library did not load");
        }
        sealing = KeysetHandle.generateNew(KeyGenerator.parametersOf(KeysetFiles.SEALING_PRIVATE)).getPublicKeysetHandle()
                .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        blindIndex = new BlindIndex(KeysetHandle.generateNew(KeyGenerator.parametersOf(KeysetFiles.BLIND_INDEX))
                .getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        data = KeysetHandle.generateNew(KeyGenerator.parametersOf(KeysetFiles.DATA)).getPrimitive(RegistryConfiguration.get(), Aead.class);
        audit = new SigningKeyset(KeysetHandle.generateNew(KeyGenerator.parametersOf(KeysetFiles.AUDIT_SIGNING)), "checkpoint");
    }
}
