package org.sealedintake.redaction.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sealedintake.redaction.PersonalData;

/**
 * Precision and recall of the guard's personal-data check alone (no fingerprints) on two tables:
 * texts that name or identify a third party ({@code guard-third-party.txt}, known misses marked) and
 * ordinary moderator texts ({@code guard-moderator-texts.txt}). Figures in docs/leak-guard.md.
 */
class PersonalDataTableTest {
    private final PersonalData personalData = new PersonalData();

    @Test
    void thirdPartyDataIsFoundAndModeratorTextsPass() throws IOException {
        int tp = 0;
        int fn = 0;
        int knownMisses = 0;
        int knownMissesCaught = 0;
        StringBuilder missed = new StringBuilder();
        try (InputStream in = getClass().getResourceAsStream("/redaction/guard-third-party.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                boolean knownMiss = line.endsWith("# miss");
                String text = knownMiss ? line.substring(0, line.length() - "# miss".length()).strip() : line.strip();
                boolean found = personalData.present(text);
                if (knownMiss) {
                    knownMisses++;
                    knownMissesCaught += found ? 1 : 0;
                } else if (found) {
                    tp++;
                } else {
                    fn++;
                    missed.append("\n  ").append(text);
                }
            }
        }
        int fp = 0;
        int negatives = 0;
        for (String text : LeakGuardTest.moderatorTexts()) {
            negatives++;
            fp += personalData.present(text) ? 1 : 0;
        }
        int positives = tp + fn + knownMisses;
        System.out.printf(Locale.ROOT, "GUARD table: positives=%d caught=%d (known misses %d, of them caught %d) "
                + "recall=%.3f negatives=%d false_positives=%d precision=%.3f%n", positives, tp + knownMissesCaught,
                knownMisses, knownMissesCaught, (tp + knownMissesCaught) / (double) positives, negatives, fp,
                (tp + knownMissesCaught) / (double) (tp + knownMissesCaught + fp));
        assertEquals(0, fn, "missed:" + missed);
        assertEquals(0, fp);
        assertTrue(negatives >= 50);
    }
}
