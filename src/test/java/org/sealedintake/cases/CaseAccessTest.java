package org.sealedintake.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/** Reporters, creators, trusted flaggers, auditors, approvers and admins reach no case endpoint; nothing is written. */
@QuarkusTest
class CaseAccessTest {

    @Test
    void everyCaseEndpointRefusesEveryRoleButTheModerators() {
        UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false));
        String base = "/v1/cases/" + caseId;
        Map<String, BiFunction<RequestSpecification, String, Integer>> endpoints = Map.of(
                "queue", (r, b) -> r.get("/v1/cases").statusCode(),
                "read", (r, b) -> r.get(b).statusCode(),
                "attachment", (r, b) -> r.get(b + "/attachments/" + UUID.randomUUID()).statusCode(),
                "claim", (r, b) -> r.post(b + "/claim").statusCode(),
                "release", (r, b) -> r.post(b + "/release").statusCode(),
                "notes", (r, b) -> r.contentType(ContentType.JSON).body("{\"text\":\"a note\"}").post(b + "/notes").statusCode(),
                "escalate", (r, b) -> r.contentType(ContentType.JSON).body("{\"to\":\"SENIOR_MODERATOR\"}").post(b + "/escalate").statusCode(),
                "decision", (r, b) -> r.contentType(ContentType.JSON).body(CaseFlowTest.DECISION).post(b + "/decision").statusCode());
        for (String user : List.of("reporter-a", "creator", "trusted-flagger", "admin", "auditor", "approver-1")) {
            String token = Tokens.of(user);
            endpoints.forEach((name, call) -> assertEquals(403, call.apply(given().auth().oauth2(token), base),
                    user + " on " + name));
        }
        endpoints.forEach((name, call) -> assertEquals(401, call.apply(given(), base), "anonymous on " + name));
        assertEquals(0, Db.count("select count(*) from case_note where case_id = ?", caseId));
        assertEquals(1, Db.count("select count(*) from moderation_case where id = ? and assignee is null and audience = 'MODERATOR'",
                caseId));
    }
}
