package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's own table (redaction/cases.tsv): every row must come out exactly as written there. */
class RedactionCasesTest {
    private static final String TABLE = "/redaction/cases.tsv";
    private static final Redactor REDACTOR = new Redactor();
    private static CaseTable.Score score = new CaseTable.Score(0, 0, 0, 0, 0);

    static List<CaseTable.Case> cases() {
        return CaseTable.load(TABLE);
    }

    @Test
    void tableHasAtLeast150RowsWithPositivesAndNegatives() {
        List<CaseTable.Case> cases = cases();
        assertTrue(cases.size() >= 150, "rows: " + cases.size());
        long negatives = cases.stream().filter(c -> c.input().equals(c.expected())).count();
        assertTrue(negatives >= 40, "negatives: " + negatives);
        assertTrue(cases.size() - negatives >= 100, "positives: " + (cases.size() - negatives));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void redactsExactlyAsTheTableSays(CaseTable.Case c) {
        String actual = REDACTOR.redact(c.input());
        synchronized (RedactionCasesTest.class) {
            score = score.plus(CaseTable.score(c.expected(), actual));
        }
        assertEquals(c.expected(), actual, "line " + c.line());
    }

    @AfterAll
    static void printScore() {
        // Figures for docs/redaction.md; the table must pass 100%, so these are 1.0 when green.
        System.out.println(score.summary("cases.tsv"));
    }
}
