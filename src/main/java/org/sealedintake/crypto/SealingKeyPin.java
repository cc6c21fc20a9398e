package org.sealedintake.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import io.quarkus.logging.Log;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Pins the public sealing keyset: the file is not secret and sits beside the others, so whoever can
 * swap it would have every new identity sealed to their own key, silently. Its fingerprint (hex
 * SHA-256 of the keyset's binary public form, printed by {@code keys init}) is configured in
 * {@code sealed.keys.sealing-public-fingerprint}; a mismatch stops the start. Outside dev and test
 * the pin is required.
 */
public final class SealingKeyPin {
    private SealingKeyPin() {
    }

    /** The fingerprint of a public keyset. */
    public static String fingerprint(KeysetHandle publicKeyset) throws GeneralSecurityException {
        byte[] bytes = TinkProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset);
        try {
            // A plain digest of public material names the keyset; nothing secret is derived from it.
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static void check(KeysetHandle publicKeyset, Optional<String> pinned, List<String> profiles) throws GeneralSecurityException {
        String actual = fingerprint(publicKeyset);
        if (pinned.isEmpty() || pinned.get().isBlank()) {
            DevProfile.require(profiles, "unpinned public sealing keysets (set sealed.keys.sealing-public-fingerprint)");
            Log.infof("Public sealing keyset fingerprint %s (not pinned: dev/test)", actual);
            return;
        }
        if (!MessageDigest.isEqual(HexFormat.of().parseHex(pinned.get().strip().toLowerCase(java.util.Locale.ROOT)),
                HexFormat.of().parseHex(actual))) {
            throw new IllegalStateException("the public sealing keyset does not match sealed.keys.sealing-public-fingerprint;"
                    + " refusing to seal identities to an unknown key (found " + actual + ")");
        }
    }
}
