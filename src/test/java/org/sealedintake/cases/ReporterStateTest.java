package org.sealedintake.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReporterStateTest {

    private static byte[] tag(int n) {
        byte[] t = new byte[ReporterState.TAG_BYTES];
        Arrays.fill(t, (byte) n);
        return t;
    }

    @Test
    void countsEachReporterOnceAndTrustedFlaggerReportsEachTime() {
        ReporterState s = ReporterState.empty().with(tag(1), false, 2).with(tag(1), true, 1).with(tag(2), true, 2);
        assertEquals(2, s.distinctReporters());
        assertEquals(2, s.trustedFlaggerReports());
        assertEquals(1, s.band());
    }

    @Test
    void encodesToOneLengthWhateverItHolds() {
        ReporterState many = ReporterState.empty();
        for (int i = 0; i < 200; i++) {
            many = many.with(tag(i), i % 2 == 0, 2);
        }
        assertEquals(ReporterState.MAX_TAGS, many.distinctReporters(), "saturates");
        assertEquals(ReporterState.ENCODED_BYTES, ReporterState.empty().encode().length);
        assertEquals(ReporterState.ENCODED_BYTES, many.encode().length);
        ReporterState back = ReporterState.decode(many.encode());
        assertEquals(many.distinctReporters(), back.distinctReporters());
        assertArrayEquals(many.tags().get(63), back.tags().get(63));
    }
}
