package org.sealedintake.unseal;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/** Steps of the unseal flow through the API, with real Keycloak tokens. */
final class UnsealFixtures {
    static final String JUSTIFICATION = "Court order 4711 requires the identity of the reporter of this report.";

    private UnsealFixtures() {
    }

    /** Files a report as {@code reporter} with the given contact handles; returns its id. */
    static String fileReport(String reporter, Map<String, String> contact) {
        String contactJson = contact.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .reduce((a, b) -> a + "," + b).map(s -> ",\"reporterContact\":{" + s + "}").orElse("");
        String body = """
                {"category":"PERSONAL_INFORMATION_EXPOSURE","targetContentRef":"post:%s","targetAccount":"creator",
                 "description":"My address was posted","involvesMinor":false,"victim":{"type":"SELF"}%s}"""
                .formatted(UUID.randomUUID(), contactJson);
        return given().auth().oauth2(Tokens.of(reporter)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/v1/reports")
                .then().statusCode(201).extract().path("reportId");
    }

    static Response request(String auditor, String reportId) {
        return given().auth().oauth2(Tokens.of(auditor)).contentType(ContentType.JSON)
                .body(Map.of("reportId", reportId, "legalBasis", "COURT_ORDER", "reference", "AG-Berlin 4711/26",
                        "justification", JUSTIFICATION))
                .post("/v1/unseal-requests");
    }

    static String requested(String auditor, String reportId) {
        return request(auditor, reportId).then().statusCode(202).extract().path("id");
    }

    static Response approve(String approver, String requestId) {
        return given().auth().oauth2(Tokens.of(approver)).contentType(ContentType.JSON).body("{}")
                .post("/v1/unseal-requests/" + requestId + "/approve");
    }

    static Response approveWithDeferral(String approver, String requestId, String reason, String until) {
        return given().auth().oauth2(Tokens.of(approver)).contentType(ContentType.JSON)
                .body(Map.of("disclosureDeferral", Map.of("reason", reason, "until", until)))
                .post("/v1/unseal-requests/" + requestId + "/approve");
    }

    static Response reject(String approver, String requestId, String reason) {
        return given().auth().oauth2(Tokens.of(approver)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .post("/v1/unseal-requests/" + requestId + "/reject");
    }

    static Response execute(String user, String requestId) {
        return given().auth().oauth2(Tokens.of(user)).post("/v1/unseal-requests/" + requestId + "/execute");
    }

    static String subjectOf(String user) {
        return Tokens.claims(Tokens.of(user)).getString("sub");
    }

    /** Refused attempts recorded for this object and action (optionally by this actor). */
    static int refusals(String action, String objectId, String actor) throws SQLException {
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from audit_event where action = ?"
                        + " and object_id = ? and outcome = 'refused' and (cast(? as varchar) is null or actor = ?)")) {
            s.setString(1, action);
            s.setString(2, objectId);
            s.setString(3, actor);
            s.setString(4, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int events(String action, String objectId) throws SQLException {
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from audit_event where action = ?"
                        + " and object_id = ? and outcome = 'ok'")) {
            s.setString(1, action);
            s.setString(2, objectId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int eventsBy(String actor) throws SQLException {
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from audit_event where actor = ?")) {
            s.setString(1, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
