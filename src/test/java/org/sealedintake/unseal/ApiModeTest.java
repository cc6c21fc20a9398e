package org.sealedintake.unseal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sealedintake.unseal.UnsealFixtures.approve;
import static org.sealedintake.unseal.UnsealFixtures.execute;
import static org.sealedintake.unseal.UnsealFixtures.fileReport;
import static org.sealedintake.unseal.UnsealFixtures.refusals;
import static org.sealedintake.unseal.UnsealFixtures.requested;
import static org.sealedintake.unseal.UnsealFixtures.subjectOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.crypto.TestKeys;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/** Mode api: no private sealing or approval-signing keyset on disk or in memory; intake works, decisions and execution answer 503. */
@QuarkusTest
@TestProfile(ApiModeProfile.class)
class ApiModeTest {
    @TestHTTPResource(value = "health", management = true)
    URL health;

    @Test
    void apiModeTakesReportsAndRefusesApprovalAndExecutionWith503WhileHealthy() throws Exception {
        assertFalse(Files.exists(ApiModeProfile.KEYS.resolve("sealing-private.json")));
        assertFalse(Files.exists(ApiModeProfile.KEYS.resolve("approval-signing.json")));
        String reportId = fileReport("reporter-a", Map.of("phone", "+49 30 1234567"));
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/" + reportId).then().statusCode(200);

        String id = requested("auditor", reportId);
        // Approvals are signed with the executor's key, which this pod does not hold.
        approve("approver-1", id).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(UnsealFlowTest.type("executor-unavailable")));
        assertEquals(1, refusals(AuditActions.UNSEAL_APPROVE, id, subjectOf("approver-1")));
        execute("auditor", id).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(UnsealFlowTest.type("executor-unavailable")));
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
        // Nothing was decided or executed here: the request stays pending for the executor deployment.
        given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests/" + id)
                .then().statusCode(200).body("status", equalTo("PENDING"));

        given().get(health.toURI()).then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void identitySealedInApiModeOpensWithThePrivateKeysetToExactlyWhatWasSent() throws Exception {
        Map<String, String> contact = Map.of("wechat", "wx_" + UUID.randomUUID().toString().substring(0, 6),
                "email", "reach.me@example.test");
        UUID reportId = UUID.fromString(fileReport("reporter-b", contact));

        byte[] ciphertext;
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select ciphertext from sealed_identity where report_id = ?")) {
            s.setObject(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                ciphertext = rs.getBytes(1);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> opened = new ObjectMapper().readValue(TestKeys.openSealedIdentity(ciphertext, reportId), Map.class);
        JsonPath token = Tokens.claims(Tokens.of("reporter-b"));
        assertEquals(Map.of("subject", token.getString("sub"), "account", "reporter-b", "name", token.getString("name"),
                "email", token.getString("email"), "contact", contact), opened);
    }
}
