package org.sealedintake.sealing;

import java.nio.charset.StandardCharsets;

/**
 * The self-test's stand-in for the PRF: a value's canonical text itself (UTF-8), which is injective
 * where the PRF is injective only with overwhelming probability. {@link IdentityMatcher} then runs
 * the same algorithm over the same canonical forms, so its answer for any text is the PRF-keyed
 * matcher's answer (they differ only if HMAC-SHA256 cut to 128 bits collides on the window checked),
 * without one HMAC per text position. Used only for a set that lives while the identity is in
 * memory (the plaintext is there anyway), never for a stored one: format version 2 only.
 */
final class PlainFingerprints implements FingerprintFunctions {
    static final PlainFingerprints INSTANCE = new PlainFingerprints();

    private PlainFingerprints() {
    }

    @Override
    public byte[] prfV2(FingerprintSet.Kind kind, String canonical) {
        // The matcher keys stored values by (kind, bytes): the kind stays apart as with the PRF.
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] prefixV2(String canonical) {
        return IdentityFingerprints.prefixOf(canonical).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] prf(FingerprintSet.Kind kind, String normalized) {
        throw new UnsupportedOperationException("the self-test checks format version 2 only");
    }

    @Override
    public byte[] prefix(String normalized) {
        throw new UnsupportedOperationException("the self-test checks format version 2 only");
    }
}
