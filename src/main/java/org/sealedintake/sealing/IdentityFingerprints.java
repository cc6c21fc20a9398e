package org.sealedintake.sealing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sealedintake.crypto.BlindIndex;

/**
 * Computes the fingerprints of a reporter identity while it is still in memory: each attribute and
 * its variants ({@link IdentityVariants}) in canonical form ({@link CanonicalText}), keyed by the
 * blind-index PRF under its kind (format version 2), then runs the guard's self-test against the new
 * set ({@link GuardSelfTest}). Version 1 (simple variants, {@link IdentifierNormalizer}) is still
 * matched for rows sealed before.
 *
 * <p>What one sealing costs outside HPKE is mostly this class (issue 10): the variants and the
 * self-test's sentences share their ICU work ({@link SealingForms}), a prefix shared by several
 * variants is keyed once, and the self-test matches its sentences against the same values in plain
 * ({@link PlainFingerprints}) rather than through one PRF per sentence position.
 */
final class IdentityFingerprints implements FingerprintFunctions {
    /** Separates version 2 PRF inputs from version 1 ones (an extra length-prefixed part). */
    private static final byte[] V2 = { 2 };

    /** Shorter values would match half of all texts; CJK names are often two characters. */
    private static final int MIN_LATIN_LENGTH = 3;
    private static final int MIN_HAN_LENGTH = 2;

    private static final byte[] PREFIX_LABEL = { 0 };

    private final BlindIndex blindIndex;

    IdentityFingerprints(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** The version 2 set of an identity, its self-test result inside. */
    FingerprintSet of(ReporterIdentity identity) {
        SealingForms forms = new SealingForms();
        List<IdentityVariants.Variant> variants = IdentityVariants.of(identity, forms);
        // What does not fit is left out (the self-test then fails).
        List<IdentityVariants.Variant> stored = variants.subList(0, Math.min(variants.size(), FingerprintSet.CAPACITY_V2));
        List<FingerprintSet.Entry> entries = new ArrayList<>(stored.size());
        // Variants share prefixes ("zhangwei", "zhang", "zhangwei88"): each distinct one is keyed once.
        Map<String, byte[]> prefixes = new HashMap<>();
        for (IdentityVariants.Variant v : stored) {
            byte[] prefix = prefixes.computeIfAbsent(prefixOf(v.canonical()), this::prefixPrfV2);
            entries.add(new FingerprintSet.Entry(v.kind(), v.canonical().codePointCount(0, v.canonical().length()),
                    prefix.clone(), prfV2(v.kind(), v.canonical())));
        }
        return new FingerprintSet(entries, selfTestPasses(identity, forms, stored));
    }

    /**
     * The guard's self-test for a set holding these variants: the matcher's algorithm over the same
     * values, kinds and lengths as the stored entries, in plain instead of keyed (same answer for
     * every sentence, see {@link PlainFingerprints}).
     */
    static boolean selfTestPasses(ReporterIdentity identity, SealingForms forms, List<IdentityVariants.Variant> stored) {
        List<FingerprintSet.Entry> plain = new ArrayList<>(stored.size());
        for (IdentityVariants.Variant v : stored) {
            plain.add(new FingerprintSet.Entry(v.kind(), v.canonical().codePointCount(0, v.canonical().length()),
                    PlainFingerprints.INSTANCE.prefixV2(v.canonical()), PlainFingerprints.INSTANCE.prfV2(v.kind(), v.canonical())));
        }
        IdentityMatcher own = new IdentityMatcher(PlainFingerprints.INSTANCE, List.of(new FingerprintSet(plain, true)));
        return GuardSelfTest.passes(identity, forms, own::matches);
    }

    /** The PRF of a canonical value under a kind (format version 2). */
    @Override
    public byte[] prfV2(FingerprintSet.Kind kind, String canonical) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PRF_BYTES,
                new byte[] { kind.code }, V2, canonical.getBytes(StandardCharsets.UTF_8));
    }

    /** The PRF of a canonical value's first code points, the same for every kind (format version 2). */
    @Override
    public byte[] prefixV2(String canonical) {
        return prefixPrfV2(prefixOf(canonical));
    }

    private byte[] prefixPrfV2(String prefix) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PREFIX_BYTES,
                PREFIX_LABEL, V2, prefix.getBytes(StandardCharsets.UTF_8));
    }

    /** A value's first {@value FingerprintSet#PREFIX_CODE_POINTS} code points (all of a shorter one). */
    static String prefixOf(String value) {
        int end = value.offsetByCodePoints(0, Math.min(FingerprintSet.PREFIX_CODE_POINTS,
                value.codePointCount(0, value.length())));
        return value.substring(0, end);
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
    @Override
    public byte[] prf(FingerprintSet.Kind kind, String normalized) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PRF_BYTES,
                new byte[] { kind.code }, normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** The PRF of a value's first code points, the same for every kind (format version 1). */
    @Override
    public byte[] prefix(String normalized) {
        return blindIndex.of(BlindIndex.Domain.IDENTITY_FINGERPRINT, FingerprintSet.PREFIX_BYTES,
                PREFIX_LABEL, prefixOf(normalized).getBytes(StandardCharsets.UTF_8));
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
