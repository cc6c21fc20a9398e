package org.sealedintake.notices;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/**
 * Issue 9 items 2 and 6 from the creator's chair and the appeals desk: a creator sees only notices
 * addressed to the platform account id in their token, only once released; answers a question once;
 * appeals a decision once; a senior moderator other than the decision's author decides the appeal
 * and the creator reads the outcome. Creator-bound texts with personal data are refused.
 */
@QuarkusTest
class NoticeFlowTest {
    /** The demo creator's platform account id (keycloak/sealed-intake-realm.json). */
    static final String CREATOR_ACCOUNT = "pa-200001";

    @Inject
    NoticeService notices;

    @Test
    void theCreatorReadsAReleasedDecisionAppealsItAndReadsTheOutcome() {
        String decidedBy = Tokens.claims(Tokens.of("moderator")).getString("sub");
        UUID caseId = UUID.randomUUID();
        UUID noticeId = issue(caseId, NoticeKind.DECISION, decision("The video shows another person's home address."),
                Instant.now().minusSeconds(1), decidedBy);
        String creator = Tokens.of("creator");

        List<Map<String, Object>> mine = given().auth().oauth2(creator).queryParam("size", 100).get("/v1/notices")
                .then().statusCode(200).extract().path("items");
        assertTrue(mine.stream().anyMatch(n -> noticeId.toString().equals(n.get("id"))));
        Response read = given().auth().oauth2(creator).get("/v1/notices/" + noticeId);
        assertEquals(200, read.statusCode());
        assertEquals("REMOVE_CONTENT", read.path("restriction"));
        assertEquals("INCOMPATIBLE_CONTENT", read.path("ground"));
        assertEquals(Boolean.FALSE, read.path("appealed"));
        Instant appealBy = Instant.parse(read.path("appealBy"));
        assertTrue(appealBy.isAfter(Instant.now().plus(180, ChronoUnit.DAYS)), "at least six months to appeal");
        assertTrue(((List<?>) read.path("redress")).size() >= 2);

        // Another user, even one who reported it, gets 404: notices follow the account id in the token.
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/notices/" + noticeId).then().statusCode(404);
        given().auth().oauth2(Tokens.of("reporter-a")).post("/v1/notices/" + noticeId + "/appeal");

        given().auth().oauth2(creator).contentType(ContentType.JSON).body(Map.of("text", "It was a public event."))
                .post("/v1/notices/" + noticeId + "/response").then().statusCode(409);
        Response appealed = given().auth().oauth2(creator).contentType(ContentType.JSON)
                .body(Map.of("text", "The address is of a shop, not a home.")).post("/v1/notices/" + noticeId + "/appeal");
        assertEquals(200, appealed.statusCode(), appealed.asString());
        assertEquals(Boolean.TRUE, appealed.path("appealed"));
        given().auth().oauth2(creator).contentType(ContentType.JSON).body(Map.of("text", "Again."))
                .post("/v1/notices/" + noticeId + "/appeal").then().statusCode(409);

        // The decision's author never sees the appeal; another senior moderator decides it.
        String appealId = openAppealOfCase("senior-moderator", caseId);
        Response wrong = given().auth().oauth2(Tokens.of("senior-moderator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "explanation", "Call 13800138000 for details."))
                .post("/v1/appeals/" + appealId + "/decision");
        assertEquals(422, wrong.statusCode());
        assertEquals("personal-data-in-text", wrong.path("type").toString().replaceAll(".*/", ""));
        Response decided = given().auth().oauth2(Tokens.of("senior-moderator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "explanation", "The second picture shows a residential doorway; rule 4.2 applies."))
                .post("/v1/appeals/" + appealId + "/decision");
        assertEquals(200, decided.statusCode(), decided.asString());
        assertEquals("UPHELD", decided.path("outcome"));

        List<Map<String, Object>> after = given().auth().oauth2(creator).queryParam("size", 100).get("/v1/notices")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> outcome = after.stream().filter(n -> "APPEAL_OUTCOME".equals(n.get("kind"))
                && "post:notice-test".equals(n.get("contentRef"))).findFirst().orElseThrow();
        Response outcomeNotice = given().auth().oauth2(creator).get("/v1/notices/" + outcome.get("id"));
        assertEquals("UPHELD", outcomeNotice.path("appealOutcome"));
    }

    @Test
    void aNoticeIsInvisibleBeforeItsReleaseTime() {
        UUID noticeId = issue(UUID.randomUUID(), NoticeKind.DECISION, decision("Threats in the comments."),
                Instant.now().plus(2, ChronoUnit.HOURS), "someone");
        String creator = Tokens.of("creator");
        given().auth().oauth2(creator).get("/v1/notices/" + noticeId).then().statusCode(404);
        List<Map<String, Object>> mine = given().auth().oauth2(creator).queryParam("size", 100).get("/v1/notices")
                .then().statusCode(200).extract().path("items");
        assertTrue(mine.stream().noneMatch(n -> noticeId.toString().equals(n.get("id"))));
    }

    @Test
    void theCreatorAnswersAVerificationRequestOnceAndModeratorsReadIt() {
        UUID caseId = UUID.randomUUID();
        UUID noticeId = issue(caseId, NoticeKind.VERIFICATION_REQUEST,
                NoticeContent.question("post:notice-test", "Please explain where the photo in this post was taken.", List.of()),
                Instant.now().minusSeconds(1), "someone");
        String creator = Tokens.of("creator");
        Response answered = given().auth().oauth2(creator).contentType(ContentType.JSON)
                .body(Map.of("text", "At a public concert in the park.")).post("/v1/notices/" + noticeId + "/response");
        assertEquals(200, answered.statusCode(), answered.asString());
        assertEquals("At a public concert in the park.", answered.path("response"));
        given().auth().oauth2(creator).contentType(ContentType.JSON).body(Map.of("text", "Again"))
                .post("/v1/notices/" + noticeId + "/response").then().statusCode(409);
        given().auth().oauth2(creator).contentType(ContentType.JSON).body(Map.of("text", "Appeal"))
                .post("/v1/notices/" + noticeId + "/appeal").then().statusCode(409);
        assertEquals(List.of("At a public concert in the park."),
                QuarkusTransaction.requiringNew().call(() -> notices.responsesOf(caseId)).stream()
                        .map(NoticeService.CreatorResponse::response).toList());
    }

    @Test
    void aTextWithPersonalDataNeverBecomesANotice() {
        long before = Db.count("select count(*) from notice");
        for (String text : List.of("Reach the reporter at wx: zhangwei_88",
                "Her number is +86 138 0013 8000.", "Write to lisa.meier@example.org")) {
            ApiProblem refused = assertThrows(ApiProblem.class, () -> issue(UUID.randomUUID(), NoticeKind.VERIFICATION_REQUEST,
                    NoticeContent.question("post:notice-test", text, List.of()), Instant.now(), "someone"));
            assertEquals(422, refused.status());
            assertEquals("personal-data-in-text", refused.type());
        }
        assertEquals(before, Db.count("select count(*) from notice"));
    }

    private UUID issue(UUID caseId, NoticeKind kind, NoticeContent content, Instant releaseAt, String decidedBy) {
        return QuarkusTransaction.requiringNew().call(() -> notices.issue(new NoticeService.NoticeDraft(caseId, CREATOR_ACCOUNT,
                kind, kind == NoticeKind.DECISION ? UUID.randomUUID() : null, decidedBy, content, releaseAt, List.of())));
    }

    private static NoticeContent decision(String facts) {
        return new NoticeContent("post:notice-test", "REMOVE_CONTENT", List.of("DE", "AT"), LocalDate.now().plusDays(30), facts,
                "INCOMPATIBLE_CONTENT", "Community rule 4.2 (private information)", "The post exposes private information.",
                false, "NOT_AUTOMATED", null, null, List.of("Out-of-court settlement (DSA Art. 21).", "Court."));
    }

    private static String openAppealOfCase(String senior, UUID caseId) {
        List<Map<String, Object>> open = given().auth().oauth2(Tokens.of(senior)).queryParam("size", 100)
                .get("/v1/appeals").then().statusCode(200).extract().path("items");
        return open.stream().filter(a -> caseId.toString().equals(a.get("caseId"))).map(a -> (String) a.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("appeal not listed for " + senior));
    }
}
