package org.sealedintake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;
import org.sealedintake.redaction.Finding;
import org.sealedintake.redaction.Redactor;

/**
 * Report text is written by anyone. The redactor must never throw or hang on it, its findings must be
 * well-formed, and an identifier it can see must not reach the moderator: a planted mobile number or
 * e-mail address, in any surrounding text, never survives verbatim, and the output holds nothing the
 * redactor itself would still find.
 */
class RedactorFuzzTest {
    private static final Redactor REDACTOR = new Redactor();
    /** Generous: the build machine is shared; a quadratic loop on 5,000 characters takes far longer. */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    static {
        // Loading the detectors' tables (phone metadata, transliterators) is not what the limit is for.
        REDACTOR.redact("warm-up 13800138000 someone@example.com 北京市朝阳区");
    }

    @FuzzTest(maxDuration = "5m")
    void anyTextIsRedactedQuicklyAndCompletely(FuzzedDataProvider data) {
        String self = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        String out = assertTimeoutPreemptively(LIMIT, () -> REDACTOR.redact(text, List.of(self)));
        List<Finding> findings = REDACTOR.findings(text, List.of(self));
        int at = 0;
        for (Finding f : findings) {
            // Sorted, inside the text, not overlapping: apply() relies on it.
            assertFalse(f.start() < at || f.end() > text.length(), "finding out of order or outside the text");
            at = f.end();
        }
        if (findings.isEmpty()) {
            assertEquals(text, out, "text without findings must pass unchanged");
        }
    }

    @FuzzTest(maxDuration = "5m")
    void aPlantedIdentifierNeverSurvives(FuzzedDataProvider data) {
        // 1[3-9]x xxxx xxxx: a mainland mobile number; the detector's own rules decide the rest.
        String phone = "1" + data.consumeInt(3, 9) + String.format("%09d", data.consumeInt(0, 999_999_999));
        String local = "u" + data.consumeInt(1000, 99_999_999);
        String email = local + "@example.com";
        String before = data.consumeString(200);
        String after = data.consumeRemainingAsString();
        String text = before + " " + phone + " 邮箱 " + email + " " + after;
        String out = assertTimeoutPreemptively(LIMIT, () -> REDACTOR.redact(text));
        assertFalse(out.contains(phone), "a planted mobile number survived redaction");
        assertFalse(out.contains(email), "a planted e-mail address survived redaction");
    }
}
