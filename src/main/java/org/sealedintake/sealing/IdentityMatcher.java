package org.sealedintake.sealing;

import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells whether a text carries any identity attribute of the reporters of some reports, without any
 * plaintext identity: the text is normalised like the stored values, and the PRF of each window is
 * computed once per kind, only at the lengths the stored values have. The leak guard builds on this.
 */
public final class IdentityMatcher {
    private final IdentityFingerprints fingerprints;
    private final Map<FingerprintSet.Kind, Set<Integer>> lengths = new EnumMap<>(FingerprintSet.Kind.class);
    private final Set<ByteBuffer> values = new HashSet<>();

    IdentityMatcher(IdentityFingerprints fingerprints, List<FingerprintSet> sets) {
        this.fingerprints = fingerprints;
        for (FingerprintSet set : sets) {
            for (FingerprintSet.Entry e : set.entries()) {
                lengths.computeIfAbsent(e.kind(), k -> new TreeSet<>()).add(e.length());
                values.add(key(e.kind(), e.prf()));
            }
        }
    }

    /** Whether any window of the normalised text equals a stored attribute of any of the reports. */
    public boolean matches(String text) {
        if (values.isEmpty() || text == null) {
            return false;
        }
        int[] cps = IdentifierNormalizer.normalize(text).codePoints().toArray();
        for (Map.Entry<FingerprintSet.Kind, Set<Integer>> byKind : lengths.entrySet()) {
            for (int length : byKind.getValue()) {
                for (int start = 0; start + length <= cps.length; start++) {
                    String window = new String(cps, start, length);
                    if (values.contains(key(byKind.getKey(), fingerprints.prf(byKind.getKey(), window)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many reports' fingerprints this matcher holds values of (none for rows sealed before sets existed). */
    public int valueCount() {
        return values.size();
    }

    private static ByteBuffer key(FingerprintSet.Kind kind, byte[] prf) {
        ByteBuffer b = ByteBuffer.allocate(1 + prf.length);
        b.put(kind.code).put(prf).flip();
        return b;
    }
}
