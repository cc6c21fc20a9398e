package org.sealedintake.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.client.api.ReportsApi;
import org.sealedintake.client.model.Category;
import org.sealedintake.client.model.IntakeReceipt;
import org.sealedintake.client.model.PageViewReporterReportSummary;
import org.sealedintake.client.model.SubmitReportRequest;
import org.sealedintake.client.model.Victim;
import org.sealedintake.client.model.VictimType;
import org.sealedintake.support.Tokens;

/**
 * A client generated from the served OpenAPI document (openapi-generator, Java, native HTTP client;
 * profile {@code client-check}, run by scripts/client-check.sh) compiles, files a report, lists it
 * and reads a problem+json error, against the running service.
 */
@QuarkusTest
class GeneratedClientTest {
    @TestHTTPResource("/")
    URI base;

    private ReportsApi reports(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = Tokens.of(user);
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return new ReportsApi(client);
    }

    @Test
    void generatedClientFilesAReportListsItAndReadsAProblem() throws Exception {
        ReportsApi api = reports("reporter-b");
        String target = "post:" + UUID.randomUUID();
        SubmitReportRequest request = new SubmitReportRequest()
                .category(Category.HARASSMENT)
                .targetContentRef(target)
                .description("Filed through the generated client")
                .involvesMinor(false)
                .victim(new Victim().type(VictimType.SELF));
        IntakeReceipt receipt = api.fileReport(UUID.randomUUID().toString(), request);
        assertNotNull(receipt.getReportId());

        PageViewReporterReportSummary mine = api.listMyReports(0, 100);
        assertTrue(mine.getItems().stream().anyMatch(r -> r.getId().equals(receipt.getReportId())));
        assertEquals(target, api.readMyReport(receipt.getReportId()).getTargetContentRef());

        ApiException refused = assertThrows(ApiException.class, () -> api.fileReport(UUID.randomUUID().toString(),
                new SubmitReportRequest().category(Category.HARASSMENT).targetContentRef("post:" + UUID.randomUUID())
                        .description("x".repeat(5001)).involvesMinor(false).victim(new Victim().type(VictimType.SELF))));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(refused.getResponseBody());
        assertEquals(400, problem.get("status").asInt());
        assertEquals("https://sealed-intake.example/problems/invalid-request", problem.get("type").asText());

        ApiException notFound = assertThrows(ApiException.class, () -> api.readMyReport(UUID.randomUUID()));
        assertEquals(404, notFound.getCode());
    }
}
