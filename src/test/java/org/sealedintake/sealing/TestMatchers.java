package org.sealedintake.sealing;

import java.util.ArrayList;
import java.util.List;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.crypto.TestKeys;

/**
 * TEST ONLY: fingerprint sets and matchers for identities held in memory, over a fresh key, without
 * the service or a database: what the vault does at sealing and in {@code matcherFor}, minus the
 * AEAD and the row (the stored round trip has its own tests).
 */
public final class TestMatchers {
    private static final IdentityFingerprints FINGERPRINTS = new IdentityFingerprints(TestKeys.freshBlindIndex());

    private TestMatchers() {
    }

    /** A matcher over the sets of these identities, each sealed (fingerprinted and self-tested) as intake does. */
    public static IdentityMatcher of(List<ReporterIdentity> identities) {
        List<FingerprintSet> sets = new ArrayList<>();
        for (ReporterIdentity identity : identities) {
            sets.add(FingerprintSet.decode(FINGERPRINTS.of(identity).encode()));
        }
        return new IdentityMatcher(FINGERPRINTS, sets);
    }

    public static IdentityMatcher of(ReporterIdentity identity) {
        return of(List.of(identity));
    }

    /** The self-test's result for one identity, as stored. */
    public static boolean selfTestPasses(ReporterIdentity identity) {
        return FingerprintSet.decode(FINGERPRINTS.of(identity).encode()).selfTestPassed();
    }

    /** The self-test's synthetic sentences for one identity (to see which disguise a failure was). */
    public static List<String> selfTestTexts(ReporterIdentity identity) {
        return GuardSelfTest.texts(identity);
    }

    /** How many fingerprints the identity gets (before the capacity cut). */
    public static int variantCount(ReporterIdentity identity) {
        return IdentityVariants.of(identity).size();
    }

    static BlindIndex blindIndex() {
        return TestKeys.freshBlindIndex();
    }
}
