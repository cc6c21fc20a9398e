package org.sealedintake.cases.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Waits double per attempt up to the cap, and jitter keeps them between half and all of that wait. */
class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    private static long waitSeconds(int attempts, double random) {
        return Duration.between(NOW, Backoff.next(NOW, attempts, INITIAL, MAX, random)).toSeconds();
    }

    @Test
    void waitDoublesPerAttemptWithJitterBetweenHalfAndAll() {
        assertEquals(15, waitSeconds(1, 0.0));
        assertEquals(29, waitSeconds(1, 0.999));
        assertEquals(30, waitSeconds(2, 0.0));
        assertEquals(60, waitSeconds(3, 0.0));
        assertEquals(119, waitSeconds(3, 0.999));
    }

    @Test
    void waitNeverExceedsTheCapEvenAfterManyAttempts() {
        assertEquals(1800, waitSeconds(8, 0.0));
        assertEquals(3599, waitSeconds(8, 0.9999));
        assertEquals(3599, waitSeconds(1_000, 0.9999));
        assertEquals(1800, waitSeconds(Integer.MAX_VALUE, 0.0));
    }
}
