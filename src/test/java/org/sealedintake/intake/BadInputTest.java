package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/**
 * Refused submissions: each is a 400 problem+json written by us (nothing the reporter sent comes
 * back), and the database holds nothing of it afterwards.
 */
@QuarkusTest
class BadInputTest {
    private static final String PROBLEM = "application/problem+json";

    /** A value that must never come back in an answer. */
    private static String marker() {
        return "Mk" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Response submit(String body) {
        return given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/reports");
    }

    /** Sends the body, checks the 400 problem does not echo {@code marker} and that nothing was written. */
    private static Response refused(String body, String marker) {
        Map<String, Long> before = Db.intakeCounts();
        long audit = Db.count("select count(*) from audit_event");
        Response r = submit(body);
        assertEquals(400, r.statusCode(), r.body().asString());
        assertEquals(PROBLEM, r.contentType());
        assertEquals(400, r.jsonPath().getInt("status"));
        String answer = r.body().asString();
        assertFalse(answer.contains(marker), "the answer echoes what was sent: " + answer);
        assertFalse(answer.contains("Exception") || answer.contains("com.fasterxml") || answer.contains("\tat "),
                "the answer exposes internals: " + answer);
        assertEquals(before, Db.intakeCounts(), "nothing half-written");
        assertEquals(audit, Db.count("select count(*) from audit_event"));
        return r;
    }

    @Test
    void refusesMalformedJson() {
        String m = marker();
        refused("{\"category\":\"HARASSMENT\",\"description\":\"" + m + "\",", m).then()
                .body("type", equalTo("https://sealed-intake.example/problems/malformed-json"));
        refused("{\"description\": " + m + "}", m);
    }

    @Test
    void refusesAPropertyNamedTwice() {
        String m = marker();
        refused("""
                {"category":"HARASSMENT","targetContentRef":"post:1","description":"%s","description":"other",
                 "involvesMinor":false,"victim":{"type":"SELF"}}""".formatted(m), m).then()
                .body("type", equalTo("https://sealed-intake.example/problems/malformed-json"));
    }

    @Test
    void refusesAnUnknownCategoryListingTheAllowedOnes() {
        String m = marker();
        refused("""
                {"category":"%s","targetContentRef":"post:1","description":"text","involvesMinor":false,
                 "victim":{"type":"SELF"}}""".formatted(m), m).then()
                .body("field", equalTo("category"))
                .body("allowed", containsInAnyOrder("PERSONAL_INFORMATION_EXPOSURE", "INTIMATE_IMAGES", "HARASSMENT",
                        "THREAT", "DEFAMATION", "SELF_HARM_INCITEMENT", "HATEFUL_CONDUCT", "OTHER"));
    }

    @Test
    void refusesMissingFieldsNamingEach() {
        Response r = refused("{}", "\u0000");
        List<String> fields = r.jsonPath().getList("errors.field");
        for (String required : List.of("category", "targetContentRef", "description", "involvesMinor", "victim")) {
            r.then().body("errors.field", hasItem(required));
        }
        assertEquals(5, fields.size(), "one error per missing field: " + fields);
        String m = marker();
        refused("""
                {"category":"OTHER","targetContentRef":"%s","description":"text","involvesMinor":false,
                 "victim":{}}""".formatted(m), m).then().body("errors.field", hasItem("victim.type"));
        refused("", "\u0000");
    }

    @Test
    void refusesADescriptionOverFiveThousandCharacters() {
        String m = marker();
        String tooLong = (m + "x".repeat(5001)).substring(0, 5001);
        refused("""
                {"category":"OTHER","targetContentRef":"post:%s","description":"%s","involvesMinor":false,
                 "victim":{"type":"SELF"}}""".formatted(UUID.randomUUID(), tooLong), m).then()
                .body("errors.field", hasItem("description"));
        // The limit itself is allowed.
        submit("""
                {"category":"OTHER","targetContentRef":"post:%s","description":"%s","involvesMinor":false,
                 "victim":{"type":"SELF"}}""".formatted(UUID.randomUUID(), "y".repeat(5000))).then().statusCode(201);
    }

    @Test
    void refusesAVictimSelfWithAnAccount() {
        String m = marker();
        refused("""
                {"category":"OTHER","targetContentRef":"post:%s","description":"text","involvesMinor":false,
                 "victim":{"type":"SELF","account":"%s"}}""".formatted(UUID.randomUUID(), m), m).then()
                .body("errors.message", hasItem("victim.account is only allowed with type OTHER"));
    }

    @Test
    void refusesAnUnknownPropertyWithoutNamingIt() {
        String m = marker();
        refused("""
                {"category":"OTHER","targetContentRef":"post:%s","description":"text","involvesMinor":false,
                 "victim":{"type":"SELF"},"%s":"x"}""".formatted(UUID.randomUUID(), m), m).then()
                .body("type", equalTo("https://sealed-intake.example/problems/unknown-property"));
        refused("""
                {"category":"OTHER","targetContentRef":"post:%s","description":"text","involvesMinor":false,
                 "victim":{"type":"SELF"},"reporterContact":{"signal":"%s"}}""".formatted(UUID.randomUUID(), m), m);
    }

    @Test
    void refusesAWrongTypeWithoutEchoingIt() {
        String m = marker();
        refused("""
                {"category":"OTHER","targetContentRef":"post:%s","description":"text","involvesMinor":"%s",
                 "victim":{"type":"SELF"}}""".formatted(UUID.randomUUID(), m), m);
    }
}
