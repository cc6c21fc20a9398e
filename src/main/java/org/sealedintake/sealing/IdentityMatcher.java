package org.sealedintake.sealing;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Tells whether a text carries any identity attribute of the reporters of some reports, without any
 * plaintext identity. At each place a value could start, the PRF of the next
 * {@value FingerprintSet#PREFIX_CODE_POINTS} code points is computed once, and only where it equals a
 * stored value's prefix is the PRF of the window computed, at that value's length and kind.
 *
 * <p>Format version 2 values are looked for in {@link CanonicalText}'s form, twice if the text has
 * Chinese numerals (as written, and with numerals read as digits), as whole runs of units: a value
 * starts where a unit starts and ends where one ends. Version 1 values are looked for as before, in
 * {@link IdentifierNormalizer}'s form at every position. The leak guard builds on this.
 *
 * <p>The values are the blind-index PRF's for stored sets; the sealing-time self-test runs this same
 * code over its in-memory set with {@link PlainFingerprints} in place of the PRF.
 */
public final class IdentityMatcher {
    private final FingerprintFunctions fingerprints;
    private final Index v1 = new Index();
    private final Index v2 = new Index();
    private final boolean selfTestsPassed;

    /** Stored prefix PRF -> the (kind, length) pairs of values that start with it; and the values. */
    private static final class Index {
        final Map<ByteBuffer, Set<Candidate>> byPrefix = new HashMap<>();
        final Set<ByteBuffer> values = new HashSet<>();
        int maxLength;
    }

    private record Candidate(FingerprintSet.Kind kind, int length) {
    }

    static {
        // candidatesAt packs a prefix's code points into one long.
        if (FingerprintSet.PREFIX_CODE_POINTS != 2) {
            throw new IllegalStateException("prefix memo assumes two code points");
        }
    }

    IdentityMatcher(FingerprintFunctions fingerprints, List<FingerprintSet> sets) {
        this(fingerprints, sets, sets.stream().allMatch(FingerprintSet::selfTestPassed));
    }

    IdentityMatcher(FingerprintFunctions fingerprints, List<FingerprintSet> sets, boolean selfTestsPassed) {
        this.fingerprints = fingerprints;
        this.selfTestsPassed = selfTestsPassed;
        for (FingerprintSet set : sets) {
            Index index = set.version() == FingerprintSet.VERSION_1 ? v1 : v2;
            for (FingerprintSet.Entry e : set.entries()) {
                index.byPrefix.computeIfAbsent(ByteBuffer.wrap(e.prefix()), k -> new LinkedHashSet<>())
                        .add(new Candidate(e.kind(), e.length()));
                index.values.add(key(e.kind(), e.prf()));
                index.maxLength = Math.max(index.maxLength, e.length());
            }
        }
    }

    /** Whether the text carries a stored attribute of any of the reports, in any spelling the sets cover. */
    public boolean matches(String text) {
        if (text == null || (v1.values.isEmpty() && v2.values.isEmpty())) {
            return false;
        }
        if (!v2.values.isEmpty()) {
            Map<Long, Set<Candidate>> prefixes = new HashMap<>();
            CanonicalText asWritten = CanonicalText.of(text, false);
            if (matchesV2(asWritten, null, prefixes)) {
                return true;
            }
            if (mayHoldNumerals(asWritten)) {
                CanonicalText numerals = CanonicalText.of(text, true);
                if (numerals.numeralsRead && matchesV2(numerals, asWritten, prefixes)) {
                    return true;
                }
            }
        }
        return !v1.values.isEmpty() && matchesV1(text);
    }

    /**
     * False only when reading numerals as digits cannot change the text, so the second reading is
     * skipped: a numeral the reading would turn into a digit is a one-character form, and it stands
     * unchanged in the text as written.
     */
    private static boolean mayHoldNumerals(CanonicalText asWritten) {
        for (int cp : asWritten.cps) {
            if (cp <= Character.MAX_VALUE && CanonicalText.numeralDigit((char) cp) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every report this matcher was built for has a version 2 set whose self-test passed at
     * sealing. False when any report has none (sealed before version 2, or no identity row).
     */
    public boolean selfTestsPassed() {
        return selfTestsPassed;
    }

    /** How many distinct stored values this matcher holds (none for rows sealed before sets existed). */
    public int valueCount() {
        return v1.values.size() + v2.values.size();
    }

    /**
     * Values start at unit starts and end at unit ends. With {@code skipUnchangedFrom}, the numeral
     * reading of the same text, only windows that reach a digit unit are tried: the rest was tried.
     */
    private boolean matchesV2(CanonicalText t, CanonicalText skipUnchangedFrom, Map<Long, Set<Candidate>> prefixes) {
        int[] cps = t.cps;
        int n = cps.length;
        int[] digitAhead = null;
        if (skipUnchangedFrom != null) {
            // digitAhead[i]: the first position >= i holding a digit (read numerals are digits).
            digitAhead = new int[n + 1];
            digitAhead[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                digitAhead[i] = cps[i] >= '0' && cps[i] <= '9' ? i : digitAhead[i + 1];
            }
        }
        for (int start = 0; start + 1 < n; start++) {
            if (!t.boundary[start]) {
                continue;
            }
            if (digitAhead != null && digitAhead[start] - start >= v2.maxLength) {
                continue;
            }
            Set<Candidate> candidates = candidatesAt(cps, start, prefixes, v2,
                    first -> fingerprints.prefixV2(new String(cps, first, FingerprintSet.PREFIX_CODE_POINTS)));
            if (candidates.isEmpty()) {
                continue;
            }
            for (Candidate c : candidates) {
                int end = start + c.length();
                if (end <= n && t.boundary[end]
                        && v2.values.contains(key(c.kind(), fingerprints.prfV2(c.kind(), new String(cps, start, c.length()))))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matchesV1(String text) {
        int[] cps = IdentifierNormalizer.normalize(text).codePoints().toArray();
        Map<Long, Set<Candidate>> prefixes = new HashMap<>();
        for (int start = 0; start + 1 < cps.length; start++) {
            Set<Candidate> candidates = candidatesAt(cps, start, prefixes, v1,
                    first -> fingerprints.prefix(new String(cps, first, FingerprintSet.PREFIX_CODE_POINTS)));
            if (candidates.isEmpty()) {
                continue;
            }
            for (Candidate c : candidates) {
                if (start + c.length() <= cps.length && v1.values.contains(
                        key(c.kind(), fingerprints.prf(c.kind(), new String(cps, start, c.length()))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The stored values whose first two code points are those at {@code start}. A text repeats the
     * same pairs (a 5,000-character text has a few hundred distinct ones), so the prefix PRF is
     * computed once per distinct pair and check, in {@code prefixes}, which lives as long as one
     * call of {@link #matches}: it holds only what the text itself says.
     */
    private static Set<Candidate> candidatesAt(int[] cps, int start, Map<Long, Set<Candidate>> prefixes, Index index,
            IntFunction<byte[]> prefixPrf) {
        long pair = ((long) cps[start] << 32) | cps[start + 1];
        Set<Candidate> known = prefixes.get(pair);
        if (known == null) {
            known = index.byPrefix.getOrDefault(ByteBuffer.wrap(prefixPrf.apply(start)), Set.of());
            prefixes.put(pair, known);
        }
        return known;
    }

    private static ByteBuffer key(FingerprintSet.Kind kind, byte[] prf) {
        ByteBuffer b = ByteBuffer.allocate(1 + prf.length);
        b.put(kind.code).put(prf).flip();
        return b;
    }
}
