package org.sealedintake.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/** Reports filed through the API, their cases read from the database, and walks through the queue. */
final class CaseFixtures {
    private CaseFixtures() {
    }

    /** Files a report as {@code username}; returns the report id. */
    static UUID file(String username, String category, String target, boolean minor, String description) {
        Response r = given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"%s","targetContentRef":"%s","description":"%s","involvesMinor":%s,"victim":{"type":"SELF"}}"""
                        .formatted(category, target, description, minor))
                .post("/v1/reports");
        assertEquals(201, r.statusCode(), r.asString());
        return UUID.fromString(r.jsonPath().getString("reportId"));
    }

    static UUID file(String username, String category, String target, boolean minor) {
        return file(username, category, target, minor, "Abusive content about me in this post");
    }

    static UUID caseOf(UUID reportId) {
        try (var c = org.sealedintake.support.TestEnvironment.ownerConnection();
                var s = c.prepareStatement("select case_id from case_report where report_id = ?")) {
            s.setObject(1, reportId);
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("report " + reportId + " joined no case");
                }
                return (UUID) rs.getObject(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case ids of the whole queue as {@code username} sees it, in order (every page). */
    static List<UUID> queue(String token) {
        List<UUID> out = new ArrayList<>();
        for (int page = 0; page < 10_000; page++) {
            Response r = given().auth().oauth2(token).queryParam("page", page).queryParam("size", 100).get("/v1/cases");
            assertEquals(200, r.statusCode(), r.asString());
            List<Map<String, Object>> items = r.jsonPath().getList("items");
            items.forEach(i -> out.add(UUID.fromString((String) i.get("id"))));
            if (items.size() < 100) {
                return out;
            }
        }
        return out;
    }

    static void setDue(UUID caseId, String interval) {
        Db.executeAsRuntimeRole("update moderation_case set due_at = now() + cast(? as interval) where id = ?", interval, caseId);
    }

    static String target() {
        return "post:" + UUID.randomUUID();
    }
}
