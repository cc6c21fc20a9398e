package org.sealedintake.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Delay before the next attempt: exponential from a base, capped, with proportional jitter. */
final class Backoff {
    private Backoff() {
    }

    /**
     * The delay after the {@code failures}-th failure in a row (from 1): {@code base * 2^(failures-1)},
     * at most {@code max}, times a random factor in [1 - jitter, 1 + jitter]. Jitter spreads the
     * retries of many rows failing together (a receiver back from an outage is not hit at once).
     */
    static Duration after(int failures, Duration base, Duration max, double jitter, RandomGenerator random) {
        long baseMillis = base.toMillis();
        long capMillis = max.toMillis();
        int shift = Math.min(Math.max(failures - 1, 0), 40);
        long exp = baseMillis > (capMillis >> shift) ? capMillis : Math.min(capMillis, baseMillis << shift);
        double j = Math.min(Math.max(jitter, 0.0), 1.0);
        double factor = 1.0 - j + 2.0 * j * random.nextDouble();
        return Duration.ofMillis(Math.round(exp * factor));
    }
}
