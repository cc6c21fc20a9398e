package org.sealedintake.unseal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sealedintake.unseal.UnsealFixtures.refusals;
import static org.sealedintake.unseal.UnsealFixtures.subjectOf;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.support.Tokens;

/** Mode executor: the public listener serves approve, reject and execute only; health stays on the management port. */
@QuarkusTest
@TestProfile(ExecutorModeTest.Executor.class)
class ExecutorModeTest {
    @TestHTTPResource(value = "health", management = true)
    URL health;

    public static class Executor implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sealed.mode", "executor");
        }
    }

    @Test
    void executorServesOnlyDecisionsExecutionAndHealth() throws Exception {
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/mine")
                .then().statusCode(404).body("detail", containsString("unseal executor"));
        given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("{}").post("/v1/reports")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests").then().statusCode(404);

        // Execution is served: an unknown request is the service's own audited 404.
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of("auditor")).post("/v1/unseal-requests/" + unknown + "/execute")
                .then().statusCode(404).body("type", equalTo(UnsealFlowTest.type("not-found")));
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, unknown, subjectOf("auditor")));

        // Approve is served here too (signed with the executor's key): an unknown request is an audited 404.
        given().auth().oauth2(Tokens.of("approver-1")).contentType(ContentType.JSON).body("{}")
                .post("/v1/unseal-requests/" + unknown + "/approve")
                .then().statusCode(404).body("type", equalTo(UnsealFlowTest.type("not-found")));
        assertEquals(1, refusals(AuditActions.UNSEAL_APPROVE, unknown, subjectOf("approver-1")));

        given().get(health.toURI()).then().statusCode(200).body("status", equalTo("UP"));
    }
}
