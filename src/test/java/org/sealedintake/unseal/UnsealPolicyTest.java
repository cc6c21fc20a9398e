package org.sealedintake.unseal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealedintake.policy.PolicyFiles;
import org.sealedintake.policy.PolicyFiles.InvalidPolicyException;

/** The policy file the service starts with, and the refusals of bad ones (they stop the start). */
class UnsealPolicyTest {
    @TempDir
    Path dir;

    @Test
    void repositoryPolicyAsksForOneApproverAndStepUpWithinFifteenMinutes() {
        UnsealPolicy p = PolicyFiles.load(Path.of("policies/unseal.yaml"), UnsealPolicy.class);
        assertEquals(1, p.requiredApprovals());
        assertEquals(Duration.ofHours(24), p.executionWindow());
        assertEquals(Duration.ofMinutes(15), p.stepUp().maxAuthAge());
        assertEquals(List.of("2"), p.stepUp().acceptedAcr());
    }

    @Test
    void omittedValuesTakeTheirDefaults() throws IOException {
        UnsealPolicy p = load("stepUp: {maxAuthAge: PT10M, acceptedAcr: [gold]}\n");
        assertEquals(1, p.requiredApprovals());
        assertEquals(Duration.ofHours(24), p.executionWindow());
    }

    @Test
    void threeApproversAreRefusedNamingTheField() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> load(
                "requiredApprovals: 3\nstepUp: {maxAuthAge: PT10M, acceptedAcr: [\"2\"]}\n"));
        assertTrue(e.getMessage().contains("requiredApprovals must be 1 or 2"), e.getMessage());
    }

    @Test
    void policyWithoutStepUpOrWithUnknownFieldOrMissingFileIsRefused() {
        assertTrue(assertThrows(InvalidPolicyException.class, () -> load("requiredApprovals: 1\n"))
                .getMessage().contains("stepUp is required"));
        assertTrue(assertThrows(InvalidPolicyException.class, () -> load(
                "requiredAprovals: 2\nstepUp: {maxAuthAge: PT10M, acceptedAcr: [\"2\"]}\n"))
                .getMessage().contains("requiredAprovals"));
        assertTrue(assertThrows(InvalidPolicyException.class, () -> load(
                "stepUp: {maxAuthAge: PT10M, acceptedAcr: []}\n")).getMessage().contains("stepUp.acceptedAcr"));
        assertTrue(assertThrows(InvalidPolicyException.class,
                () -> PolicyFiles.load(dir.resolve("absent.yaml"), UnsealPolicy.class)).getMessage().contains("missing"));
    }

    @Test
    void stepUpAcceptsARecentSecondFactorSignInOnly() {
        UnsealPolicy.StepUp rule = new UnsealPolicy.StepUp(Duration.ofMinutes(15), List.of("2"));
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        Instant recent = now.minus(Duration.ofMinutes(5));
        Instant old = now.minus(Duration.ofMinutes(16));

        assertEquals(Optional.empty(), StepUpCheck.shortfall(staff("2", recent, null), rule, false, now));
        assertEquals(Optional.of("second-factor-missing"), StepUpCheck.shortfall(staff("1", recent, null), rule, false, now));
        assertEquals(Optional.of("second-factor-missing"), StepUpCheck.shortfall(staff(null, recent, null), rule, false, now));
        assertEquals(Optional.of("sign-in-too-old"), StepUpCheck.shortfall(staff("2", old, null), rule, false, now));
        // Without auth_time, iat counts only where the environment allows it (dev realm, tests).
        assertEquals(Optional.of("auth-time-missing"), StepUpCheck.shortfall(staff("2", null, recent), rule, false, now));
        assertEquals(Optional.empty(), StepUpCheck.shortfall(staff("2", null, recent), rule, true, now));
        assertEquals(Optional.of("sign-in-too-old"), StepUpCheck.shortfall(staff("2", null, old), rule, true, now));
    }

    private static Staff staff(String acr, Instant authTime, Instant issuedAt) {
        return new Staff("s", true, true, acr, Optional.ofNullable(authTime), issuedAt == null ? Instant.EPOCH : issuedAt);
    }

    private UnsealPolicy load(String yaml) throws IOException {
        Path f = dir.resolve("unseal.yaml");
        Files.writeString(f, yaml);
        return PolicyFiles.load(f, UnsealPolicy.class);
    }
}
