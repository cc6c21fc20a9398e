package org.sealedintake.sealing;

/**
 * The functions a fingerprint set's values are made with, and that {@link IdentityMatcher} applies
 * to a text's windows to compare them: the blind-index PRF for stored sets
 * ({@link IdentityFingerprints}), the canonical text itself for the self-test's set that lives only
 * while the identity is in memory ({@link PlainFingerprints}).
 */
interface FingerprintFunctions {
    /** The value of a canonical value under a kind (format version 2). */
    byte[] prfV2(FingerprintSet.Kind kind, String canonical);

    /** The value of a canonical value's first {@value FingerprintSet#PREFIX_CODE_POINTS} code points (format version 2). */
    byte[] prefixV2(String canonical);

    /** The value of a normalised value under a kind (format version 1). */
    byte[] prf(FingerprintSet.Kind kind, String normalized);

    /** The value of a normalised value's first code points (format version 1). */
    byte[] prefix(String normalized);
}
