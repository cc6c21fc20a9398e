package org.sealedintake.crypto;

import io.quarkus.logging.Log;
import java.security.Provider;
import java.security.Security;
import org.conscrypt.Conscrypt;

/**
 * Tink's native backend (docs/decisions.md D26). Tink 1.24 takes X25519 (the HPKE seal of every report)
 * and Ed25519 (every audit seal) from a JCA provider named {@code Conscrypt} when one is registered, and
 * from its own pure Java otherwise; both paths write and read the same bytes. Tink decides when a
 * primitive is made, so this runs before the keysets are turned into primitives.
 */
final class NativeCrypto {
    static final String PROVIDER = "Conscrypt";

    private NativeCrypto() {
    }

    /** @return whether Tink's primitives made from now on use the native backend */
    static synchronized boolean install(boolean wanted) {
        if (!wanted) {
            return false;
        }
        if (active()) {
            return true;
        }
        try {
            if (!Conscrypt.isAvailable()) {
                Log.warn("Native crypto backend (Conscrypt) unavailable: its library did not load; Tink's pure Java is used");
                return false;
            }
            Provider provider = Conscrypt.newProvider();
            // Last place: only callers that ask for it by name (Tink) reach it; no JDK algorithm moves.
            Security.addProvider(provider);
            return true;
        } catch (LinkageError | RuntimeException e) {
            Log.warnf("Native crypto backend (Conscrypt) unavailable (%s); Tink's pure Java is used", e.getClass().getSimpleName());
            return false;
        }
    }

    static boolean active() {
        return Security.getProvider(PROVIDER) != null;
    }
}
