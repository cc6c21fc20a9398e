package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the held-out table (redaction/heldout.tsv), written before the engine
 * and never used to tune it. It need not pass row by row; precision and recall must stay above
 * a floor, and the figures are printed for docs/redaction.md.
 */
class RedactionHeldOutTest {
    private static final double MIN_RECALL = 0.80;
    private static final double MIN_PRECISION = 0.85;

    @Test
    void heldOutPrecisionAndRecallStayAboveTheFloor() {
        List<CaseTable.Case> cases = CaseTable.load("/redaction/heldout.tsv");
        assertTrue(cases.size() >= 60, "held-out rows: " + cases.size());
        CaseTable.Score total = measure("heldout.tsv", cases);
        assertTrue(total.recall() >= MIN_RECALL, total.summary("heldout.tsv"));
        assertTrue(total.precision() >= MIN_PRECISION, total.summary("heldout.tsv"));
    }

    /** Written after the engine to find its limits: figures are reported, misses are expected. */
    @Test
    void adversarialTableIsMeasuredAndRedactsNoNegative() {
        CaseTable.Score total = measure("adversarial.tsv", CaseTable.load("/redaction/adversarial.tsv"));
        assertTrue(total.precision() >= MIN_PRECISION, total.summary("adversarial.tsv"));
    }

    private static CaseTable.Score measure(String name, List<CaseTable.Case> cases) {
        Redactor redactor = new Redactor();
        CaseTable.Score total = new CaseTable.Score(0, 0, 0, 0, 0);
        List<String> misses = new ArrayList<>();
        for (CaseTable.Case c : cases) {
            String actual = redactor.redact(c.input());
            total = total.plus(CaseTable.score(c.expected(), actual));
            if (!actual.equals(c.expected())) {
                misses.add("  line " + c.line() + ": expected " + c.expected() + " | got " + actual);
            }
        }
        System.out.println(total.summary(name));
        misses.forEach(System.out::println);
        return total;
    }
}
