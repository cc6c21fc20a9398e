package org.sealedintake.sealing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sealedintake.crypto.BlindIndex;

/**
 * TEST ONLY: IdentityFingerprints as it was before issue 10's sealing-time work (commit 993c386), copied unchanged
 * but for the class names: the reference that {@link FingerprintEquivalenceTest} compares the
 * service's algorithm with. Do not change it to follow the main code.
 *
 * <p>Computes the fingerprints of a reporter identity while it is still in memory: each attribute and
 * its variants ({@link LegacyIdentityVariants}) in canonical form ({@link LegacyCanonicalText}), keyed by the
 * blind-index PRF under its kind (format version 2), then runs the guard's self-test against the new
 * set ({@link LegacyGuardSelfTest}). Version 1 (simple variants, {@link IdentifierNormalizer}) is still
 * matched for rows sealed before.
 */
final class LegacyIdentityFingerprints {
    /** Separates version 2 PRF inputs from version 1 ones (an extra length-prefixed part). */
    private static final byte[] V2 = { 2 };

    /** Shorter values would match half of all texts; CJK names are often two characters. */
    private static final int MIN_LATIN_LENGTH = 3;
    private static final int MIN_HAN_LENGTH = 2;

    private static final byte[] PREFIX_LABEL = { 0 };

    private final BlindIndex blindIndex;

    LegacyIdentityFingerprints(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** The version 2 set of an identity, its self-test result inside. */
    FingerprintSet of(ReporterIdentity identity) {
        List<FingerprintSet.Entry> entries = new ArrayList<>();
        for (LegacyIdentityVariants.Variant v : LegacyIdentityVariants.of(identity)) {
            if (entries.size() == FingerprintSet.CAPACITY_V2) {
                break;
            }
            entries.add(new FingerprintSet.Entry(v.kind(), v.canonical().codePointCount(0, v.canonical().length()),
                    prefixV2(v.canonical()), prfV2(v.kind(), v.canonical())));
        }
        LegacyIdentityMatcher own = new LegacyIdentityMatcher(this, List.of(new FingerprintSet(entries, true)));
        return new FingerprintSet(entries, LegacyGuardSelfTest.passes(identity, own::matches));
    }

    /** The PRF of a canonical value under a kind (format version 2). */
    byte[] prfV2(FingerprintSet.Kind kind, String canonical) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PRF_BYTES,
                new byte[] { kind.code }, V2, canonical.getBytes(StandardCharsets.UTF_8));
    }

    /** The PRF of a canonical value's first code points, the same for every kind (format version 2). */
    byte[] prefixV2(String canonical) {
        int end = canonical.offsetByCodePoints(0, Math.min(FingerprintSet.PREFIX_CODE_POINTS,
                canonical.codePointCount(0, canonical.length())));
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PREFIX_BYTES,
                PREFIX_LABEL, V2, canonical.substring(0, end).getBytes(StandardCharsets.UTF_8));
    }

    /** The version 1 set of an identity, as sealed before version 2 (tests of reading old rows). */
    FingerprintSet version1Of(ReporterIdentity identity) {
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
            if (entries.size() < FingerprintSet.CAPACITY_V1) {
                entries.add(new FingerprintSet.Entry(kind, normalized.codePointCount(0, normalized.length()),
                        prefix(normalized), prf(kind, normalized)));
            }
        });
        return FingerprintSet.version1(entries);
    }

    /** The PRF of a normalised value under a kind (format version 1). */
    byte[] prf(FingerprintSet.Kind kind, String normalized) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PRF_BYTES,
                new byte[] { kind.code }, normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** The PRF of a value's first code points, the same for every kind (format version 1). */
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
