package org.sealedintake.crypto;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keyed PRF (HMAC-SHA256) of a value, separated by use: an index made for one purpose never
 * matches one made for another. Never shown to any role (threat T17 in docs/threat-model.md).
 */
@ApplicationScoped
public class BlindIndex {
    private static final int OUTPUT_BYTES = 32;
    private final PrfSet prf;

    BlindIndex(KeyRing keys) throws GeneralSecurityException {
        this.prf = keys.blindIndex().getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    }

    /** The uses of the blind-index key. */
    public enum Domain {
        /** "My reports": the reporter's account id. */
        OWNER("owner-lookup:v1"),
        /** An Idempotency-Key, scoped to its owner. */
        IDEMPOTENCY_KEY("idempotency-key:v1"),
        /** The canonical body a key was first used with. */
        IDEMPOTENCY_BODY("idempotency-body:v1"),
        /** One normalised attribute of a reporter identity (redaction, leak guard). */
        IDENTITY_FINGERPRINT("identity-fingerprint:v1");

        private final byte[] label;

        Domain(String label) {
            this.label = label.getBytes(StandardCharsets.UTF_8);
        }
    }

    public byte[] of(Domain domain, String value) {
        return of(domain, new byte[][] { value.getBytes(StandardCharsets.UTF_8) });
    }

    public byte[] of(Domain domain, byte[]... parts) {
        // Length-prefixed parts: ("ab","c") and ("a","bc") give different inputs.
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(domain.label);
        in.write(0);
        for (byte[] part : parts) {
            in.write(part.length >>> 24);
            in.write(part.length >>> 16);
            in.write(part.length >>> 8);
            in.write(part.length);
            in.writeBytes(part);
        }
        try {
            return prf.computePrimary(in.toByteArray(), OUTPUT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }
}
