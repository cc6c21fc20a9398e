package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ContractFilter;

/** The served document states what issue 11 asked of it; Swagger UI is on the management port only. */
@QuarkusTest
class OpenApiDocumentTest {

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(ContractFilter.document(managementPort()));
    }

    private static List<Map.Entry<String, JsonNode>> operations(JsonNode doc) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            path.getValue().fields().forEachRemaining(op -> out.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
        }
        return out;
    }

    @Test
    void everyOperationIsDescribedSecuredAndAnswersErrorsAsTheOneProblemSchema() throws Exception {
        JsonNode doc = document();
        assertEquals("3.0.3", doc.get("openapi").asText());
        assertFalse(doc.get("servers").isEmpty());
        for (Map.Entry<String, JsonNode> op : operations(doc)) {
            JsonNode o = op.getValue();
            assertNotNull(o.get("summary"), op.getKey());
            assertNotNull(o.get("description"), op.getKey());
            assertTrue(o.has("security"), op.getKey() + " states its security");
            Iterator<Map.Entry<String, JsonNode>> answers = o.get("responses").fields();
            boolean success = false;
            while (answers.hasNext()) {
                Map.Entry<String, JsonNode> answer = answers.next();
                int status = Integer.parseInt(answer.getKey());
                success |= status < 300;
                if (status >= 400) {
                    JsonNode r = doc.at("/components/responses/" + answer.getValue().get("$ref").asText().replaceAll(".*/", ""));
                    assertEquals("#/components/schemas/Problem",
                            r.at("/content/application~1problem+json/schema/$ref").asText(), op.getKey() + " " + status);
                }
            }
            assertTrue(success, op.getKey() + " declares its success answer");
            assertTrue(o.toString().contains("\"example"), op.getKey() + " shows an example");
        }
    }

    @Test
    void problemSchemaIsTheErrorShapeAndTheAuditEnumHasItsOwnName() throws Exception {
        JsonNode schemas = document().at("/components/schemas");
        assertEquals("object", schemas.at("/Problem/type").asText());
        for (String member : new String[] { "type", "title", "status", "detail", "instance", "errors", "errorId" }) {
            assertTrue(schemas.at("/Problem/properties").has(member), member);
        }
        assertTrue(schemas.has("AuditChainProblem"));
        assertFalse(schemas.at("/Victim/properties").has("accountOnlyForOther"));
        assertTrue(schemas.at("/UUID/pattern").asText().startsWith("^"));
        assertTrue(schemas.at("/UUID/pattern").asText().endsWith("$"));
    }

    @Test
    void publicKeysArePublicAndFilingNeedsAnIdempotencyKey() throws Exception {
        JsonNode doc = document();
        assertEquals(0, doc.at("/paths/~1v1~1audit~1keys/get/security").size());
        JsonNode submit = doc.at("/paths/~1v1~1reports/post");
        JsonNode key = submit.get("parameters").get(0);
        assertEquals("Idempotency-Key", key.get("name").asText());
        assertTrue(key.get("required").asBoolean());
        assertEquals(255, key.at("/schema/maxLength").asInt());
        assertTrue(submit.at("/responses/201/headers").has("Location"));
        assertTrue(submit.at("/responses/201/headers").has("Idempotent-Replayed"));
        assertTrue(doc.at("/components/responses/TooManyRequests/headers").has("Retry-After"));
        assertEquals("file", doc.at("/paths/~1v1~1attachments/post/requestBody/content/multipart~1form-data/schema/required/0").asText());
        assertFalse(doc.at("/paths/~1v1~1unseal-requests~1{id}~1approve/post/requestBody/required").asBoolean());
    }

    @Test
    void swaggerUiIsOnTheManagementPortNotThePublicOne() {
        given().port(managementPort()).get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/swagger-ui/").then().statusCode(404);
    }
}
