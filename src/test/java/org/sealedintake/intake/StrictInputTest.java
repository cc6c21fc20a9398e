package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/**
 * JSON means what it says or is refused (issue 6 C): no scalar coercion, no enum by index, nothing
 * after the root value, a bounded body. Every refusal is 4xx problem+json and writes nothing.
 */
@QuarkusTest
class StrictInputTest {
    private static final String PROBLEM = "application/problem+json";

    /** A valid body with one property replaced by a raw JSON value. */
    private static String with(String property, String rawValue) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("category", "\"HARASSMENT\"");
        fields.put("targetContentRef", "\"post:" + UUID.randomUUID() + "\"");
        fields.put("targetAccount", "\"creator\"");
        fields.put("description", "\"insulting replies\"");
        fields.put("involvesMinor", "false");
        fields.put("victim", "{\"type\":\"SELF\"}");
        fields.put(property, rawValue);
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                Arguments.of("enum by index", with("category", "0")),
                Arguments.of("enum by index as text", with("category", "\"0\"")),
                Arguments.of("enum empty", with("category", "\"\"")),
                Arguments.of("boolean as text", with("involvesMinor", "\"true\"")),
                Arguments.of("boolean as number", with("involvesMinor", "1")),
                Arguments.of("boolean as null", with("involvesMinor", "null")),
                Arguments.of("string as number", with("targetContentRef", "123456789")),
                Arguments.of("string as boolean", with("targetAccount", "true")),
                Arguments.of("string as float", with("description", "1.5")),
                Arguments.of("string as object", with("description", "{\"a\":1}")),
                Arguments.of("string as array", with("description", "[\"a\"]")),
                Arguments.of("nested enum by index", with("victim", "{\"type\":1}")),
                Arguments.of("object as string", with("victim", "\"SELF\"")),
                Arguments.of("list as single value", with("attachmentIds", "\"" + UUID.randomUUID() + "\"")),
                Arguments.of("uuid as number", with("attachmentIds", "[12345]")),
                Arguments.of("uuid empty", with("attachmentIds", "[\"\"]")),
                Arguments.of("contact as number", with("reporterContact", "{\"phone\":13800138000}")),
                Arguments.of("unknown property", with("reporter", "\"me\"")),
                Arguments.of("trailing text", with("category", "\"HARASSMENT\"") + " trailing"),
                Arguments.of("trailing second object", with("category", "\"HARASSMENT\"") + "{}"),
                Arguments.of("root array", "[" + with("category", "\"HARASSMENT\"") + "]"),
                Arguments.of("root string", "\"report\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBodies")
    void refusesWith400ProblemAndWritesNothing(String name, String body) {
        Map<String, Long> before = Db.intakeCounts();
        long audit = Db.count("select count(*) from audit_event");
        Response r = submit(body);
        assertEquals(400, r.statusCode(), name + ": " + r.body().asString());
        assertEquals(PROBLEM, r.contentType());
        assertEquals(before, Db.intakeCounts(), "nothing written");
        assertEquals(audit, Db.count("select count(*) from audit_event"));
    }

    @Test
    void theValidBodyOfTheTableIsAccepted() {
        submit(with("category", "\"HARASSMENT\"")).then().statusCode(201);
        submit(with("attachmentIds", "[]")).then().statusCode(201);
    }

    @Test
    void refusesABodyOverTheJsonLimitWith413BeforeReadingIt() {
        Map<String, Long> before = Db.intakeCounts();
        String big = with("description", "\"" + "x".repeat(70 * 1024) + "\"");
        submit(big).then().statusCode(413).contentType(PROBLEM);
        assertEquals(before, Db.intakeCounts());
    }

    @Test
    void refusesAChunkedJsonBodyWith411() throws Exception {
        Map<String, Long> before = Db.intakeCounts();
        byte[] body = with("category", "\"HARASSMENT\"").getBytes(StandardCharsets.UTF_8);
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI
                .create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/v1/reports")
                .toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setChunkedStreamingMode(256);
        c.setRequestProperty("Authorization", "Bearer " + Tokens.of("reporter-a"));
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Idempotency-Key", UUID.randomUUID().toString());
        try (var out = c.getOutputStream()) {
            out.write(body);
        }
        assertEquals(411, c.getResponseCode());
        assertEquals(PROBLEM, c.getContentType());
        c.disconnect();
        assertEquals(before, Db.intakeCounts());
    }

    @Test
    void pagingOutsideItsBoundsIsRefusedWith400() {
        String token = Tokens.of("reporter-a");
        for (String[] q : new String[][] { { "page", "2147483647" }, { "page", "21474837" }, { "page", "-1" },
                { "size", "101" }, { "size", "0" }, { "size", "abc" } }) {
            given().auth().oauth2(token).queryParam(q[0], q[1]).queryParam(q[0].equals("page") ? "size" : "page",
                    q[0].equals("page") ? 100 : 0).get("/v1/reports/mine").then().statusCode(400).contentType(PROBLEM);
        }
        given().auth().oauth2(token).queryParam("page", 10000).queryParam("size", 100).get("/v1/reports/mine")
                .then().statusCode(200);
    }

    private static Response submit(String body) {
        return given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/reports");
    }
}
