package org.sealedintake.notices;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.support.Db;

/**
 * The guard must not become an oracle: every refusal is audited under the moderator and the case, a
 * moderator who collects refusals is stopped with 429, and a case with repeated refusals is flagged
 * for a senior moderator. Refusals all look alike.
 */
@QuarkusTest
class CreatorTextExitTest {
    @Inject
    CreatorTextExit exit;

    @Test
    void refusalsAreAuditedLimitedPerModeratorAndFlagTheCase() {
        String moderator = "moderator-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        assertDoesNotThrow(() -> exit.require(moderator, caseId, List.of("Your post was removed under rule 4.2."), List.of()));
        assertFalse(exit.needsSeniorReview(caseId));

        ApiProblem first = assertThrows(ApiProblem.class,
                () -> exit.require(moderator, caseId, List.of("Call 13800138000"), List.of()));
        ApiProblem second = assertThrows(ApiProblem.class,
                () -> exit.require(moderator, caseId, List.of("Mail lisa.meier@example.org"), List.of()));
        assertEquals(422, first.status());
        assertEquals(first.type(), second.type(), "a refusal does not say which kind of data it found");
        assertEquals(first.title(), second.title());
        assertEquals(2, Db.count("select count(*) from audit_event where actor = ? and action = 'creator-text.refused'"
                + " and object_id = ? and outcome = 'refused'", moderator, caseId.toString()));

        assertThrows(ApiProblem.class, () -> exit.require(moderator, caseId, List.of("QQ 12345678 加我"), List.of()));
        assertTrue(exit.needsSeniorReview(caseId), "three refusals on one case flag it");

        for (int i = 0; i < 7; i++) {
            UUID other = UUID.randomUUID();
            assertThrows(ApiProblem.class, () -> exit.require(moderator, other, List.of("wx: abc_12345 加我微信"), List.of()));
        }
        ApiProblem limited = assertThrows(ApiProblem.class,
                () -> exit.require(moderator, caseId, List.of("A clean text, but too late."), List.of()));
        assertEquals(429, limited.status());
        assertDoesNotThrow(() -> exit.require("moderator-" + UUID.randomUUID(), caseId, List.of("A clean text."), List.of()),
                "the limit is per moderator");
    }
}
