package org.sealedintake.sealing;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a text carries any identity attribute of the reporters of some reports, without any
 * plaintext identity: the text is normalised like the stored values; at each position the PRF of the
 * next {@value FingerprintSet#PREFIX_CODE_POINTS} code points is computed once, and only where it equals
 * a stored value's prefix is the PRF of the window computed, at that value's length and kind. The leak
 * guard builds on this.
 */
public final class IdentityMatcher {
    private final IdentityFingerprints fingerprints;
    /** Stored prefix PRF -> the (kind, length) pairs of values that start with it. */
    private final Map<ByteBuffer, Set<Candidate>> byPrefix = new HashMap<>();
    private final Set<ByteBuffer> values = new HashSet<>();

    private record Candidate(FingerprintSet.Kind kind, int length) {
    }

    IdentityMatcher(IdentityFingerprints fingerprints, List<FingerprintSet> sets) {
        this.fingerprints = fingerprints;
        for (FingerprintSet set : sets) {
            for (FingerprintSet.Entry e : set.entries()) {
                byPrefix.computeIfAbsent(ByteBuffer.wrap(e.prefix()), k -> new HashSet<>())
                        .add(new Candidate(e.kind(), e.length()));
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
        for (int start = 0; start + 1 < cps.length; start++) {
            Set<Candidate> candidates = byPrefix.get(ByteBuffer.wrap(
                    fingerprints.prefix(new String(cps, start, FingerprintSet.PREFIX_CODE_POINTS))));
            if (candidates == null) {
                continue;
            }
            for (Candidate c : candidates) {
                if (start + c.length() <= cps.length && values.contains(
                        key(c.kind(), fingerprints.prf(c.kind(), new String(cps, start, c.length()))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many distinct stored values this matcher holds (none for rows sealed before sets existed). */
    public int valueCount() {
        return values.size();
    }

    private static ByteBuffer key(FingerprintSet.Kind kind, byte[] prf) {
        ByteBuffer b = ByteBuffer.allocate(1 + prf.length);
        b.put(kind.code).put(prf).flip();
        return b;
    }
}
