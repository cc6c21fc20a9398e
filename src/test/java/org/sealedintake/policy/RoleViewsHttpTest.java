package org.sealedintake.policy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/** The JSON of real reporter answers carries exactly the properties policies/role-views.yaml allows. */
@QuarkusTest
class RoleViewsHttpTest {
    @Inject
    RoleViewPolicies policies;

    private static TreeSet<String> keys(Map<String, Object> json) {
        return new TreeSet<>(json.keySet());
    }

    @Test
    void reporterAnswersCarryExactlyThePolicysFields() throws Exception {
        RoleViewPolicy policy = policies.policy();
        String token = Tokens.of("reporter-a");
        Response receipt = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"DEFAMATION","targetContentRef":"post:%s","targetAccount":"creator",
                         "description":"Claims about me that are false","involvesMinor":false,
                         "victim":{"type":"OTHER","account":"victim-account-2"},
                         "reporterContact":{"wechat":"wx_policy_test_1"}}""".formatted(UUID.randomUUID()))
                .post("/v1/reports");
        assertEquals(201, receipt.statusCode());
        assertEquals(policy.view("reporter-receipt").allowedFields(), keys(receipt.jsonPath().getMap("")));
        String id = receipt.jsonPath().getString("reportId");
        attachMetadataRow(UUID.fromString(id));

        Response report = given().auth().oauth2(token).get("/v1/reports/" + id);
        assertEquals(200, report.statusCode());
        RoleViewPolicy.View view = policy.view("reporter-report");
        assertEquals(view.allowedFields(), keys(report.jsonPath().getMap("")));
        assertEquals(view.allowedNestedFields("victim"), keys(report.jsonPath().getMap("victim")));
        List<Map<String, Object>> attachments = report.jsonPath().getList("attachments");
        assertEquals(1, attachments.size());
        assertEquals(view.allowedNestedFields("attachments"), keys(attachments.get(0)));

        Response mine = given().auth().oauth2(token).queryParam("size", 1).get("/v1/reports/mine");
        assertEquals(200, mine.statusCode());
        assertEquals(new TreeSet<>(List.of("items", "page", "size", "total")), keys(mine.jsonPath().getMap("")));
        List<Map<String, Object>> items = mine.jsonPath().getList("items");
        assertEquals(1, items.size());
        assertEquals(policy.view("reporter-report-summary").allowedFields(), keys(items.get(0)));
    }

    /**
     * Attachment metadata linked to the report, written directly (uploads are another issue's
     * endpoint), so the nested attachment view is part of a real answer.
     */
    private static void attachMetadataRow(UUID reportId) throws Exception {
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement("""
                insert into attachment (id, report_id, media_type, width, height, size_bytes, uploaded_at, expires_at)
                values (?, ?, 'image/png', 10, 20, 1234, ?, ?)""")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, reportId);
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.executeUpdate();
        }
    }
}
