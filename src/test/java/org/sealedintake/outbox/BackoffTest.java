package org.sealedintake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofHours(1);

    /** A generator that always answers {@code x}. */
    private static RandomGenerator fixed(double x) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return x;
            }
        };
    }

    @Test
    void doublesFromTheBaseUpToTheCapWithoutJitter() {
        RandomGenerator r = fixed(0.5);
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, BASE, MAX, 0.2, r));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, BASE, MAX, 0.2, r));
        assertEquals(Duration.ofSeconds(80), Backoff.after(4, BASE, MAX, 0.2, r));
        assertEquals(MAX, Backoff.after(10, BASE, MAX, 0.2, r));
        assertEquals(MAX, Backoff.after(1_000, BASE, MAX, 0.2, r), "no overflow for many failures");
    }

    @Test
    void jitterStaysWithinItsBoundsAndSpreadsTheDelays() {
        assertEquals(Duration.ofSeconds(8), Backoff.after(1, BASE, MAX, 0.2, fixed(0.0)));
        assertEquals(Duration.ofSeconds(12), Backoff.after(1, BASE, MAX, 0.2, fixed(1.0)));
        SplittableRandom random = new SplittableRandom(7);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long ms = Backoff.after(3, BASE, MAX, 0.25, random).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertTrue(min >= 30_000 && max <= 50_000, min + ".." + max);
        assertTrue(max - min > 15_000, "delays are spread: " + min + ".." + max);
    }
}
