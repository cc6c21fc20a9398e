package org.sealedintake.redaction.guard;

import org.sealedintake.sealing.IdentityMatcher;

/**
 * TEST ONLY: the leak guard over an in-memory matcher ({@code TestMatchers}), without the vault or a
 * database, for tests outside this package (the fuzz targets).
 */
public final class TestGuards {
    private static final LeakGuard GUARD = new LeakGuard(null);

    private TestGuards() {
    }

    /** Whether the guard refuses {@code text} for a case whose reporters {@code matcher} holds. */
    public static boolean refuses(String text, IdentityMatcher matcher) {
        return GUARD.check(text, matcher).refused();
    }

    /** Whether the fingerprint half alone recognises a reporter in {@code text}. */
    public static boolean fingerprintsMatch(String text, IdentityMatcher matcher) {
        LeakGuard.Finding f = GUARD.find(text, matcher);
        return f == LeakGuard.Finding.REPORTER_ATTRIBUTE || f == LeakGuard.Finding.BOTH;
    }
}
