package org.sealedintake.cases.evidence;

import java.time.Duration;
import java.time.Instant;

/**
 * When the next attempt is due: the initial wait doubled after each failed attempt, capped, with
 * "equal jitter" (between half and all of that wait) so replicas and items that failed together do not
 * come back together.
 */
final class Backoff {
    private Backoff() {
    }

    /** {@code attempts}: attempts made so far (1 after the first); {@code random} in [0, 1). */
    static Instant next(Instant now, int attempts, Duration initial, Duration max, double random) {
        long cap = max.toMillis();
        long wait = initial.toMillis();
        for (int i = 1; i < attempts && wait < cap; i++) {
            wait *= 2;
        }
        wait = Math.min(wait, cap);
        long half = wait / 2;
        return now.plusMillis(wait - half + (long) (random * half));
    }
}
