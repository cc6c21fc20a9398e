package org.sealedintake.intake.message;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.intake.message.view.ModeratorReplyView;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/**
 * Issue 9 item 7: moderators ask a case's reporters, reporters answer under their own report, and read
 * the outcome there. What each party can learn: the reporter only their own report's messages; other
 * users nothing (404); moderators the reply without the reporter's own identifiers; a dump no text.
 */
@QuarkusTest
class ReportMessagesTest {
    private static final String MODERATOR = "moderator";

    @Inject
    ReportMessageService messages;

    @Test
    void aReporterAnswersAQuestionAndModeratorsReadTheReplyWithoutTheReportersIdentifiers() {
        String reportId = fileReport("reporter-a");
        String token = Tokens.of("reporter-a");
        String email = Tokens.claims(token).getString("email");
        String lastName = Tokens.claims(token).getString("family_name");

        reply(token, reportId, "Hello?").then().statusCode(409).contentType("application/problem+json");

        messages.ask(MODERATOR, List.of(UUID.fromString(reportId)), "When did the insults start?");
        String text = "Since Monday. Write to me at " + email + ", I am " + lastName + ".";
        Response posted = reply(token, reportId, text);
        assertEquals(201, posted.statusCode(), posted.asString());
        assertEquals(text, posted.path("text"));
        assertEquals(Boolean.TRUE, posted.path("fromMe"));

        List<Map<String, Object>> mine = given().auth().oauth2(token).get("/v1/reports/" + reportId + "/messages")
                .then().statusCode(200).extract().path("items");
        assertEquals(List.of("QUESTION", "REPLY"), mine.stream().map(m -> m.get("kind")).toList());
        assertEquals(text, mine.get(1).get("text"), "the reporter reads their reply as written");

        List<ModeratorReplyView> forModerators = messages.forModerators(List.of(UUID.fromString(reportId)));
        assertEquals(2, forModerators.size());
        String seen = forModerators.get(1).text();
        assertFalse(seen.contains(email), seen);
        assertFalse(seen.contains(lastName), seen);
        assertTrue(seen.contains("[REPORTER]"), seen);
        assertTrue(seen.startsWith("Since Monday."), seen);
    }

    @Test
    void anotherUserCannotReadOrAnswerUnderSomeoneElsesReport() {
        String reportId = fileReport("reporter-a");
        messages.ask(MODERATOR, List.of(UUID.fromString(reportId)), "Can you tell us more?");
        for (String other : List.of("reporter-b", "creator")) {
            String token = Tokens.of(other);
            given().auth().oauth2(token).get("/v1/reports/" + reportId + "/messages").then().statusCode(404);
            reply(token, reportId, "I am not the reporter").then().statusCode(404);
        }
        given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + UUID.randomUUID() + "/messages")
                .then().statusCode(404);
        assertEquals(1, messages.forModerators(List.of(UUID.fromString(reportId))).size());
    }

    @Test
    void aModeratorsTextWithPersonalDataIsRefusedAndNothingIsWritten() {
        String reportId = fileReport("reporter-a");
        long before = Db.count("select count(*) from report_message");
        ApiProblem refused = assertThrows(ApiProblem.class, () -> messages.ask(MODERATOR,
                List.of(UUID.fromString(reportId)), "The creator's number is 13800138000, did you call it?"));
        assertEquals(422, refused.status());
        ApiProblem named = assertThrows(ApiProblem.class, () -> messages.ask(MODERATOR,
                List.of(UUID.fromString(reportId)), "王芳 says the photo is hers; is that right?"));
        assertEquals(refused.type(), named.type(), "a name is refused like a number, with the same problem");
        assertEquals("personal-data-in-text", refused.type());
        assertEquals(before, Db.count("select count(*) from report_message"));
    }

    @Test
    void theOutcomeIsReadUnderTheReportAndNoTextIsStoredInTheClear() {
        String reportId = fileReport("reporter-a");
        String outcome = "We reviewed the post you reported and removed it under rule 4.2 (harassment).";
        messages.tellOutcome(MODERATOR, List.of(UUID.fromString(reportId)), MessageKind.OUTCOME, outcome);
        List<Map<String, Object>> mine = given().auth().oauth2(Tokens.of("reporter-a"))
                .get("/v1/reports/" + reportId + "/messages").then().statusCode(200).extract().path("items");
        assertEquals("OUTCOME", mine.get(0).get("kind"));
        assertEquals(outcome, mine.get(0).get("text"));
        assertEquals(Boolean.FALSE, mine.get(0).get("fromMe"));
        assertEquals(0, Db.count("select count(*) from report_message where position(?::bytea in sealed_text) > 0",
                outcome.substring(0, 30).getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, Db.count("select count(*) from report_message where report_id = ?::uuid and author = ?",
                reportId, MODERATOR));
    }

    private static Response reply(String token, String reportId, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/v1/reports/" + reportId + "/messages");
    }

    private static String fileReport(String reporter) {
        return given().auth().oauth2(Tokens.of(reporter)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","description":"Insults under every post",
                         "involvesMinor":false,"victim":{"type":"SELF"}}""".formatted(UUID.randomUUID()))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
    }
}
