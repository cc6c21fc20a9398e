package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/** Control characters, paging bounds, unparseable parameters, oversized heads and the /v1 answer headers. */
@QuarkusTest
class ApiInputHardeningTest {
    private static final String NUL = "\\u0000";

    private static String report(String targetContentRef, String targetAccount, String description, String victim,
            String contact) {
        return """
                {"category":"HARASSMENT","targetContentRef":"%s","targetAccount":"%s","description":"%s",
                 "involvesMinor":false,"victim":%s%s}"""
                .formatted(targetContentRef, targetAccount, description, victim,
                        contact == null ? "" : ",\"reporterContact\":" + contact);
    }

    private static Response submit(String body) {
        return given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/reports");
    }

    private static void assertProblem(Response r, int status) {
        r.then().statusCode(status).contentType(Problem.MEDIA_TYPE).body("status", equalTo(status));
    }

    @Test
    void refusesABodyWhoseFirstBytesLookLikeUtf32With400() throws Exception {
        // Found by JsonBodyFuzzTest: the service answered 500 before the mapper knew this exception.
        byte[] body = getClass().getResourceAsStream(
                "/org/sealedintake/fuzz/JsonBodyFuzzTestInputs/bindsOrFailsWithAJacksonException/crash-c318bde8ead1fe03a454fcaeec862f6ab0b4d5f0")
                .readAllBytes();
        Map<String, Long> before = Db.intakeCounts();
        assertProblem(given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/reports"), 400);
        assertProblem(given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new byte[] { 1, 0, 0, 0, '{', '}' }).post("/v1/reports"), 400);
        org.junit.jupiter.api.Assertions.assertEquals(before, Db.intakeCounts());
    }

    @Test
    void refusesNulInEverySingleLineReportFieldWithoutWriting() {
        String self = "{\"type\":\"SELF\"}";
        Map<String, Long> before = Db.intakeCounts();
        String[] bodies = {
                report("post:" + NUL + UUID.randomUUID(), "creator", "text", self, null),
                report("post:" + UUID.randomUUID(), "crea" + NUL + "tor", "text", self, null),
                report("post:" + UUID.randomUUID(), "creator", "te" + NUL + "xt", self, null),
                report("post:" + UUID.randomUUID(), "creator", "text", "{\"type\":\"OTHER\",\"account\":\"a" + NUL + "\"}", null),
                report("post:" + UUID.randomUUID(), "creator", "text", self, "{\"email\":\"a" + NUL + "@b.example\"}"),
                report("post:" + UUID.randomUUID(), "creator", "text", self, "{\"wechat\":\"a\\u001b[31m\"}"),
                report("post:\\u0085" + UUID.randomUUID(), "creator", "text", self, null),
                report("post:\\n" + UUID.randomUUID(), "creator", "text", self, null) };
        for (String body : bodies) {
            Response r = submit(body);
            assertProblem(r, 400);
            r.then().body("type", equalTo(Problem.TYPE_BASE + "invalid-request"));
        }
        assertEquals(before, Db.intakeCounts());
    }

    @Test
    void acceptsLineBreaksAndTabsInTheDescription() {
        submit(report("post:" + UUID.randomUUID(), "creator", "first line\\nsecond\\r\\n\\tthird", "{\"type\":\"SELF\"}", null))
                .then().statusCode(201);
    }

    @Test
    void refusesNulInUnsealTextsBeforeAnyLookup() {
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body("""
                        {"reportId":"%s","legalBasis":"COURT_ORDER","reference":"CO-%s","justification":"ok"}"""
                        .formatted(UUID.randomUUID(), NUL))
                .post("/v1/unseal-requests").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.of("approver-1")).contentType(ContentType.JSON)
                .body("{\"reason\":\"no" + NUL + "\"}")
                .post("/v1/unseal-requests/" + UUID.randomUUID() + "/reject")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.of("approver-1")).contentType(ContentType.JSON)
                .body("{\"disclosureDeferral\":{\"reason\":\"x" + NUL + "\",\"until\":\"2030-01-01T00:00:00Z\"}}")
                .post("/v1/unseal-requests/" + UUID.randomUUID() + "/approve")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void refusesControlCharactersInQueryParametersAndPaths() {
        String auditor = Tokens.of("auditor");
        for (String param : new String[] { "objectType", "objectId", "actor" }) {
            Response r = given().auth().oauth2(auditor).urlEncodingEnabled(false)
                    .get("/v1/audit/events?" + param + "=a%00b");
            assertProblem(r, 400);
            r.then().body("type", equalTo(Problem.TYPE_BASE + "invalid-characters"));
        }
        assertProblem(given().auth().oauth2(Tokens.of("reporter-a")).urlEncodingEnabled(false)
                .get("/v1/reports/%00"), 400);
    }

    @Test
    void pagingBeyondItsBoundsIsABadRequestOnEveryList() {
        String reporter = Tokens.of("reporter-a");
        String auditor = Tokens.of("auditor");
        String[] queries = { "page=21474837&size=100", "page=10001", "page=-1", "size=0", "size=101", "size=abc",
                "page=1e3", "page=99999999999999999999", "page=0x10", "size=%2B5" };
        for (String q : queries) {
            assertProblem(given().auth().oauth2(reporter).urlEncodingEnabled(false).get("/v1/reports/mine?" + q), 400);
            assertProblem(given().auth().oauth2(reporter).get("/v1/reports/" + UUID.randomUUID() + "/disclosures?" + q), 400);
            assertProblem(given().auth().oauth2(auditor).get("/v1/audit/events?" + q), 400);
            assertProblem(given().auth().oauth2(auditor).get("/v1/unseal-requests?" + q), 400);
        }
    }

    @Test
    void lastAllowedPageAnswersAnEmptyPage() {
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/mine?page=10000&size=100")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(10000));
    }

    @Test
    void everyV1AnswerForbidsCachingAndSniffing() {
        Response[] answers = {
                given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/mine"),
                given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/" + UUID.randomUUID()),
                given().get("/v1/reports/mine"),
                given().get("/v1/audit/keys"),
                given().get("/v1/no-such-thing") };
        for (Response r : answers) {
            r.then().header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void oversizedRequestLineAndHeadersAnswerProblemJson() {
        Response line = given().urlEncodingEnabled(false).get("/v1/audit/keys?x=" + "a".repeat(20_000));
        assertProblem(line, 414);
        line.then().header("Cache-Control", "no-store");
        Response head = given().header("X-Padding", "b".repeat(20_000)).get("/v1/audit/keys");
        assertProblem(head, 431);
    }

    @Test
    void databaseRefusingACharacterIsABadRequestNotAnInternalError() {
        var wrapped = new IllegalStateException("wrapped",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        jakarta.ws.rs.core.Response r = new ProblemExceptionMappers().internal(wrapped);
        assertEquals(400, r.getStatus());
        Problem p = (Problem) r.getEntity();
        org.hamcrest.MatcherAssert.assertThat(p.type(), startsWith(Problem.TYPE_BASE));
        assertEquals(Problem.TYPE_BASE + "invalid-characters", p.type());
    }
}
