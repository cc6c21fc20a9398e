package org.sealedintake.notices.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealedintake.intake.Category;
import org.sealedintake.policy.PolicyFiles;
import org.sealedintake.policy.PolicyFiles.InvalidPolicyException;

/** The notices policy the service starts with, and the refusals of bad values (they stop the start). */
class NoticePolicyTest {
    static final String VALID = """
            version: 1
            release:
              randomDelay: {min: PT2H, max: PT10H}
              floorAfterLatestReport: PT6H
              batchWindow: PT12H
              singleReporterHold: PT24H
              urgentCategories: [INTIMATE_IMAGES, PERSONAL_INFORMATION_EXPOSURE, THREAT]
            appeal:
              window: P6M
            redress:
              outOfCourt: A certified out-of-court dispute settlement body (Art. 21 DSA).
              court: The competent court of your place of residence.
            """;

    @TempDir
    Path dir;

    @Test
    void repositoryPolicyLoadsWithSixMonthsToAppealAndBothRedressTexts() {
        NoticePolicy p = PolicyFiles.load(Path.of("policies/notices.yaml"), NoticePolicy.class);
        assertEquals(Period.ofMonths(6), p.appeal().window());
        assertEquals(Duration.ofHours(2), p.release().randomDelay().min());
        assertEquals(Duration.ofHours(10), p.release().randomDelay().max());
        assertEquals(Duration.ofHours(6), p.release().floorAfterLatestReport());
        assertTrue(p.release().urgentCategories().containsAll(NoticePolicy.Release.ALWAYS_URGENT));
        assertTrue(p.redress().outOfCourt().contains("Article 21"), p.redress().outOfCourt());
        assertTrue(p.redress().court().contains("court"));
    }

    @Test
    void theAppealDeadlineIsSixCalendarMonthsAfterTheRelease() {
        NoticePolicy.Appeal appeal = load(VALID).appeal();
        assertEquals(Instant.parse("2027-05-26T10:00:00Z"), appeal.deadline(Instant.parse("2026-11-26T10:00:00Z")));
        // Month arithmetic, not 180 days: never shorter than six months.
        assertEquals(Instant.parse("2027-02-28T00:00:00Z"), appeal.deadline(Instant.parse("2026-08-31T00:00:00Z")));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("window: P6M", "window: P5M", "appeal.window"),
                bad("window: P6M", "window: P183D", "appeal.window"),
                bad("window: P6M", "window: P-6M", "appeal.window"),
                bad("max: PT10H", "max: PT2H", "randomDelay.max"),
                bad("max: PT10H", "max: PT2H20M", "randomDelay.max"),
                bad("min: PT2H", "min: PT0S", "randomDelay.min"),
                bad("max: PT10H", "max: P8D", "randomDelay.max"),
                bad("floorAfterLatestReport: PT6H", "floorAfterLatestReport: PT0S", "floorAfterLatestReport"),
                bad("batchWindow: PT12H", "batchWindow: P3D", "batchWindow"),
                bad("singleReporterHold: PT24H", "singleReporterHold: PT0S", "singleReporterHold"),
                bad("urgentCategories: [INTIMATE_IMAGES, PERSONAL_INFORMATION_EXPOSURE, THREAT]",
                        "urgentCategories: [INTIMATE_IMAGES, PERSONAL_INFORMATION_EXPOSURE]", "urgentCategories"),
                bad("urgentCategories: [INTIMATE_IMAGES, PERSONAL_INFORMATION_EXPOSURE, THREAT]",
                        "urgentCategories: [INTIMATE_IMAGES, PERSONAL_INFORMATION_EXPOSURE, THREAT, RUDENESS]",
                        "urgentCategories"),
                bad("  court: The competent court of your place of residence.", "  court: \"  \"", "redress.court"),
                bad("  outOfCourt: A certified out-of-court dispute settlement body (Art. 21 DSA).\n", "",
                        "redress.outOfCourt"),
                bad("version: 1", "version: 2", "version"),
                bad("  batchWindow: PT12H", "  batchWindow: PT12H\n  batchWindowTypo: PT1H", "batchWindowTypo"),
                bad("  randomDelay: {min: PT2H, max: PT10H}\n", "", "randomDelay"));
    }

    private static Arguments bad(String from, String to, String named) {
        assertTrue(VALID.contains(from), from);
        return Arguments.of(VALID.replace(from, to), named);
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueIsRefusedNamingTheField(String yaml, String named) {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> load(yaml));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        assertTrue(assertThrows(InvalidPolicyException.class,
                () -> PolicyFiles.load(dir.resolve("absent.yaml"), NoticePolicy.class)).getMessage().contains("missing"));
    }

    @Test
    void urgentCategoriesMayGrowButNotShrink() {
        NoticePolicy p = load(VALID.replace("THREAT]", "THREAT, HARASSMENT]"));
        assertTrue(p.release().urgentCategories().contains(Category.HARASSMENT));
    }

    private NoticePolicy load(String yaml) {
        try {
            Path file = dir.resolve("notices-" + System.nanoTime() + ".yaml");
            Files.writeString(file, yaml);
            return PolicyFiles.load(file, NoticePolicy.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
