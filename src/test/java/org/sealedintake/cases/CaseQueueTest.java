package org.sealedintake.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.cases.evidence.EvidenceCaptured;
import org.sealedintake.common.Roles;
import org.sealedintake.support.KeycloakAdmin;
import org.sealedintake.support.Tokens;

/** Queue order and who sees which case (issue 8: tests that must exist). */
@QuarkusTest
class CaseQueueTest {
    @Inject
    Event<EvidenceCaptured> captured;

    @Test
    void aMinorsCaseFiledLastIsServedFirst() {
        UUID adult = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false));
        UUID severe = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "THREAT", CaseFixtures.target(), false));
        UUID minor = CaseFixtures.caseOf(CaseFixtures.file("reporter-b", "HARASSMENT", CaseFixtures.target(), true));
        List<UUID> queue = CaseFixtures.queue(Tokens.of("moderator"));
        assertTrue(queue.indexOf(minor) >= 0 && queue.indexOf(severe) >= 0 && queue.indexOf(adult) >= 0, "all three queued");
        assertTrue(queue.indexOf(minor) < queue.indexOf(severe), "the minor's case before the threat");
        assertTrue(queue.indexOf(severe) < queue.indexOf(adult), "the threat before harassment");
    }

    @Test
    void anOverdueCaseBeatsANewOne() {
        UUID fresh = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), true));
        UUID late = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "OTHER", CaseFixtures.target(), false));
        CaseFixtures.setDue(late, "-1 minute");
        List<UUID> queue = CaseFixtures.queue(Tokens.of("moderator"));
        assertTrue(queue.indexOf(late) >= 0 && queue.indexOf(late) < queue.indexOf(fresh), "overdue first: " + queue.indexOf(late)
                + " vs " + queue.indexOf(fresh));
        Map<String, Object> first = given().auth().oauth2(Tokens.of("moderator")).queryParam("size", 1).get("/v1/cases")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        assertEquals(true, first.get("overdue"), "the first page starts with an overdue case");
    }

    @Test
    void aModeratorNeverSeesACaseAboutTheirOwnAccount() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String account = "pa-own-" + suffix;
        String username = "mod-own-" + suffix;
        String userId = KeycloakAdmin.createUser(username, List.of(Roles.MODERATOR), Map.of("platform_account_id", account));
        try {
            String target = "video:" + UUID.randomUUID();
            UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", target, true));
            String own = Tokens.of(username);
            assertEquals(account, Tokens.claims(own).getString("platform_account_id"));
            assertTrue(CaseFixtures.queue(own).contains(caseId), "before the platform names the owner it is an ordinary case");

            captured.fire(new EvidenceCaptured(target, account, Instant.now()));

            assertFalse(CaseFixtures.queue(own).contains(caseId), "the queue hides a case about the caller's own account");
            String base = "/v1/cases/" + caseId;
            assertEquals(404, given().auth().oauth2(own).get(base).statusCode());
            assertEquals(404, given().auth().oauth2(own).get(base + "/attachments/" + UUID.randomUUID()).statusCode());
            assertEquals(404, given().auth().oauth2(own).post(base + "/claim").statusCode());
            assertEquals(404, given().auth().oauth2(own).post(base + "/release").statusCode());
            assertEquals(404, given().auth().oauth2(own).contentType(ContentType.JSON).body("{\"text\":\"mine\"}")
                    .post(base + "/notes").statusCode());
            assertEquals(404, given().auth().oauth2(own).contentType(ContentType.JSON).body("{\"to\":\"CHILD_SAFETY\"}")
                    .post(base + "/escalate").statusCode());
            assertEquals(404, given().auth().oauth2(own).contentType(ContentType.JSON).body(CaseFlowTest.DECISION)
                    .post(base + "/decision").statusCode());
            // Another moderator still works it.
            assertTrue(CaseFixtures.queue(Tokens.of("moderator")).contains(caseId));
            assertEquals(200, given().auth().oauth2(Tokens.of("moderator")).get(base).statusCode());
        } finally {
            KeycloakAdmin.deleteUser(userId);
        }
    }

    @Test
    void intimateImagesOfAMinorGoToChildSafetyOnly() {
        UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "INTIMATE_IMAGES", CaseFixtures.target(), true));
        for (String staff : List.of("moderator", "moderator-2", "senior-moderator")) {
            String token = Tokens.of(staff);
            assertFalse(CaseFixtures.queue(token).contains(caseId), staff + " must not see it in the queue");
            assertEquals(404, given().auth().oauth2(token).get("/v1/cases/" + caseId).statusCode(), staff);
            assertEquals(404, given().auth().oauth2(token).post("/v1/cases/" + caseId + "/claim").statusCode(), staff);
        }
        String childSafety = Tokens.of("child-safety");
        List<UUID> queue = CaseFixtures.queue(childSafety);
        assertTrue(queue.contains(caseId));
        Map<String, Object> view = given().auth().oauth2(childSafety).get("/v1/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("CHILD_SAFETY", view.get("audience"));
        assertTrue((int) view.get("priorityLevel") <= 1, "the minors' band: " + view.get("priorityLevel"));
        Instant due = Instant.parse((String) view.get("dueAt"));
        assertTrue(due.isBefore(Instant.now().plus(Duration.ofMinutes(61))), "due within the hour: " + due);
    }

    @Test
    void aLaterMinorsIntimateImageReportMovesAnOrdinaryCaseToChildSafety() {
        String target = CaseFixtures.target();
        UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", target, false));
        assertEquals(200, given().auth().oauth2(Tokens.of("moderator")).post("/v1/cases/" + caseId + "/claim").statusCode());
        CaseFixtures.file("reporter-b", "INTIMATE_IMAGES", target, true);
        assertEquals(404, given().auth().oauth2(Tokens.of("moderator")).get("/v1/cases/" + caseId).statusCode(),
                "the moderator's claim does not keep the case open to them");
        assertEquals(200, given().auth().oauth2(Tokens.of("child-safety")).get("/v1/cases/" + caseId).statusCode());
    }

    @Test
    void escalationToSeniorModeratorsTakesTheCaseFromModerators() {
        UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "DEFAMATION", CaseFixtures.target(), false));
        given().auth().oauth2(Tokens.of("moderator")).contentType(ContentType.JSON)
                .body("{\"to\":\"SENIOR_MODERATOR\",\"note\":\"Public figure; second opinion.\"}")
                .post("/v1/cases/" + caseId + "/escalate").then().statusCode(200);
        assertEquals(404, given().auth().oauth2(Tokens.of("moderator-2")).get("/v1/cases/" + caseId).statusCode());
        List<Map<String, Object>> notes = given().auth().oauth2(Tokens.of("senior-moderator")).get("/v1/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath().getList("notes");
        assertEquals("Public figure; second opinion.", notes.get(0).get("text"));
    }

    @Test
    void reportsAboutOneTargetInAnySpellingJoinOneCase() {
        String id = UUID.randomUUID().toString();
        UUID a = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", "video:" + id, false));
        UUID b = CaseFixtures.caseOf(CaseFixtures.file("reporter-b", "HARASSMENT", "VIDEO: " + id, false));
        UUID c = CaseFixtures.caseOf(CaseFixtures.file("reporter-b", "HARASSMENT", "https://platform.example/video/" + id, false));
        assertEquals(a, b);
        assertEquals(a, c);
    }
}
