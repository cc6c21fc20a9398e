package org.sealedintake.crypto;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    BlindIndex(KeyRing keys) throws GeneralSecurityException {
        this(keys.blindIndex().getPrimitive(RegistryConfiguration.get(), PrfSet.class));
    }

    /** Plain tests of the fingerprint matcher and the leak guard build one over a fresh key. */
    BlindIndex(PrfSet prf) {
        this.prf = prf;
    }

    /**
     * The uses of the blind-index key. Every value stored in the database is unique to one object
     * (threat T21): an index that could repeat across one account's reports is never stored.
     */
    public enum Domain {
        /** Proof that an account owns one object: (account, object kind, object id). */
        OWNERSHIP_PROOF("ownership-proof:v1"),
        /** Locator of an account's i-th pointer to a report it filed: (account, kind, i). */
        OWNER_POINTER("owner-pointer:v1"),
        /** Locator of an account's quota counter in one window: (account, quota kind, window start). */
        QUOTA_WINDOW("quota-window:v1"),
        /** An Idempotency-Key, scoped to its owner: (account, key). */
        IDEMPOTENCY_KEY("idempotency-key:v2"),
        /** The canonical body a key was first used with: (account, key, body), so equal bodies under two keys differ. */
        IDEMPOTENCY_BODY("idempotency-body:v2"),
        /** One normalised identity attribute, inside a report's encrypted fingerprint set: (attribute kind, value). */
        IDENTITY_FINGERPRINT("identity-fingerprint:v2"),
        /**
         * A reporter's tag in one case: (account, case id). Stored only inside the case's AEAD
         * reporter state, never in a column: distinct reporters are counted without a linkable value.
         */
        CASE_REPORTER_TAG("case-reporter-tag:v1");

        private final byte[] label;

        Domain(String label) {
            this.label = label.getBytes(StandardCharsets.UTF_8);
        }
    }

    public byte[] of(Domain domain, String value) {
        return of(domain, new byte[][] { value.getBytes(StandardCharsets.UTF_8) });
    }

    /** A shorter output, for values many of which are compared at once (fingerprint sets). */
    public byte[] of(Domain domain, int outputBytes, byte[]... parts) {
        try {
            return prf.computePrimary(input(domain, parts), outputBytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }

    public byte[] of(Domain domain, byte[]... parts) {
        return of(domain, OUTPUT_BYTES, parts);
    }

    private static byte[] input(Domain domain, byte[]... parts) {
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
        return in.toByteArray();
    }
}
