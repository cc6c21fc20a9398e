package org.sealedintake.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealedintake.intake.Category;
import org.sealedintake.policy.PolicyFiles;

class CasePolicyTest {
    private static final Path REPO_POLICY = Path.of(System.getProperty("sealedtest.project.dir", "."), "policies", "cases.yaml");

    @Test
    void theRepositorysPolicyGivesAMinorsIntimateImagesOneHourAndOrdersTheBands() {
        CasePolicy p = PolicyFiles.load(REPO_POLICY, CasePolicy.class);
        assertEquals(Duration.ofHours(1), p.slaOf(Category.INTIMATE_IMAGES, true));
        assertEquals(0, p.band(Category.OTHER, true));
        assertEquals(1, p.band(Category.PERSONAL_INFORMATION_EXPOSURE, false));
        assertEquals(1, p.band(Category.THREAT, false));
        assertEquals(2, p.band(Category.HARASSMENT, false));
        // Raised (3 distinct reporters, or a trusted flagger) comes before not raised within a band.
        ReporterState one = ReporterState.empty().with(new byte[16], false, 2);
        assertEquals(5, p.level(one));
        assertEquals(4, p.level(one.with(new byte[16], true, 2)));
    }

    @Test
    void refusesAPolicyThatLetsAMinorsIntimateImagesWaitLongerThanAnHour(@TempDir Path dir) throws IOException {
        String text = Files.readString(REPO_POLICY).replace("{adult: PT12H, minor: PT1H}", "{adult: PT12H, minor: PT2H}");
        Path file = dir.resolve("cases.yaml");
        Files.writeString(file, text);
        var e = assertThrows(PolicyFiles.InvalidPolicyException.class, () -> PolicyFiles.load(file, CasePolicy.class));
        assertTrue(e.getMessage().contains("sla.INTIMATE_IMAGES.minor must be at most PT1H"), e.getMessage());
    }

    @Test
    void refusesAPolicyWithoutAnSlaForEveryCategory(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(REPO_POLICY).stream().filter(l -> !l.contains("DEFAMATION:")).toList();
        Path file = dir.resolve("cases.yaml");
        Files.write(file, lines);
        var e = assertThrows(PolicyFiles.InvalidPolicyException.class, () -> PolicyFiles.load(file, CasePolicy.class));
        assertTrue(e.getMessage().contains("sla has no entry for [DEFAMATION]"), e.getMessage());
    }
}
