package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Report text is written by anyone: inputs shaped to make a pattern backtrack or a loop go quadratic
 * must still be redacted quickly (the limit is generous: the build machine is shared).
 */
class HostileInputTest {
    /** Intake accepts descriptions of up to 5,000 characters; twice that here. */
    private static final int LENGTH = 10_000;

    static List<String> hostile() {
        return List.of(
                "1 ".repeat(LENGTH / 2),
                "1-".repeat(LENGTH / 2),
                "1.".repeat(LENGTH / 2),
                "a.".repeat(LENGTH / 2),
                "a".repeat(LENGTH),
                "a@".repeat(LENGTH / 2),
                "@a".repeat(LENGTH / 2),
                ":".repeat(LENGTH),
                "a:".repeat(LENGTH / 2),
                "路1号".repeat(LENGTH / 3),
                "北京市朝阳区".repeat(LENGTH / 6),
                "1栋".repeat(LENGTH / 2),
                "微信".repeat(LENGTH / 2),
                "一".repeat(LENGTH),
                "京A".repeat(LENGTH / 2),
                "\u200B".repeat(LENGTH),
                "①".repeat(LENGTH),
                "x".repeat(LENGTH - 12) + "@example.com");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void redactsHostileTextWithinThreeSeconds(String text) {
        Redactor redactor = new Redactor();
        String out = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> redactor.redact(text, List.of("张伟", "zhangwei88", "13912345678")));
        // The same answer twice: nothing is cached or carried between calls.
        assertEquals(out, redactor.redact(text, List.of("张伟", "zhangwei88", "13912345678")));
    }
}
