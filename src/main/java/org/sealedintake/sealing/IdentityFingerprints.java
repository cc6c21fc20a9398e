package org.sealedintake.sealing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sealedintake.crypto.BlindIndex;

/**
 * Computes the fingerprints of a reporter identity while it is still in memory: each attribute and
 * its simple variants, normalised ({@link IdentifierNormalizer}), keyed by the blind-index PRF under
 * its kind. Variants for the leak guard (traditional/simplified, pinyin, numerals) come with a later
 * version of the set format.
 */
final class IdentityFingerprints {
    /** Shorter values would match half of all texts; CJK names are often two characters. */
    private static final int MIN_LATIN_LENGTH = 3;
    private static final int MIN_HAN_LENGTH = 2;

    private static final byte[] PREFIX_LABEL = { 0 };

    private final BlindIndex blindIndex;

    IdentityFingerprints(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    FingerprintSet of(ReporterIdentity identity) {
        Map<String, FingerprintSet.Kind> values = new LinkedHashMap<>();
        add(values, FingerprintSet.Kind.ACCOUNT, identity.subject());
        add(values, FingerprintSet.Kind.ACCOUNT, identity.account());
        add(values, FingerprintSet.Kind.ACCOUNT, identity.name());
        add(values, FingerprintSet.Kind.ACCOUNT, identity.email());
        if (identity.name() != null) {
            for (String part : identity.name().split("\\s+")) {
                add(values, FingerprintSet.Kind.ACCOUNT, part);
            }
        }
        addLocalPart(values, FingerprintSet.Kind.ACCOUNT, identity.email());
        for (Map.Entry<String, String> c : identity.contact().entrySet()) {
            add(values, FingerprintSet.Kind.CONTACT, c.getValue());
            if ("email".equals(c.getKey())) {
                addLocalPart(values, FingerprintSet.Kind.CONTACT, c.getValue());
            }
            if ("phone".equals(c.getKey())) {
                addNationalNumber(values, c.getValue());
            }
        }
        List<FingerprintSet.Entry> entries = new ArrayList<>();
        values.forEach((normalized, kind) -> {
            if (entries.size() < FingerprintSet.CAPACITY) {
                entries.add(new FingerprintSet.Entry(kind, normalized.codePointCount(0, normalized.length()),
                        prefix(normalized), prf(kind, normalized)));
            }
        });
        return new FingerprintSet(entries);
    }

    /** The PRF of a normalised value under a kind: what a matcher computes for a text window. */
    byte[] prf(FingerprintSet.Kind kind, String normalized) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PRF_BYTES,
                new byte[] { kind.code }, normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** The PRF of a value's first code points, the same for every kind: the matcher's cheap first test. */
    byte[] prefix(String normalized) {
        int end = normalized.offsetByCodePoints(0, Math.min(FingerprintSet.PREFIX_CODE_POINTS,
                normalized.codePointCount(0, normalized.length())));
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PREFIX_BYTES,
                PREFIX_LABEL, normalized.substring(0, end).getBytes(StandardCharsets.UTF_8));
    }

    private static void add(Map<String, FingerprintSet.Kind> into, FingerprintSet.Kind kind, String raw) {
        if (raw == null) {
            return;
        }
        String n = IdentifierNormalizer.normalize(raw);
        boolean han = n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (n.codePointCount(0, n.length()) >= (han ? MIN_HAN_LENGTH : MIN_LATIN_LENGTH)) {
            // The token's kind wins when a client repeats a token value: one entry per value and kind.
            into.putIfAbsent(n, kind);
        }
    }

    private static void addLocalPart(Map<String, FingerprintSet.Kind> into, FingerprintSet.Kind kind, String email) {
        if (email != null && email.indexOf('@') > 0) {
            add(into, kind, email.substring(0, email.indexOf('@')));
        }
    }

    /** "+86 138..." and "0086138..." are also written without the country code. */
    private static void addNationalNumber(Map<String, FingerprintSet.Kind> into, String phone) {
        String digits = IdentifierNormalizer.normalize(phone);
        for (String prefix : new String[] { "0086", "86" }) {
            if (digits.startsWith(prefix) && digits.length() - prefix.length() >= 7) {
                add(into, FingerprintSet.Kind.CONTACT, digits.substring(prefix.length()));
                return;
            }
        }
    }
}
