package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Health, metrics and OpenAPI live on the management port only, never on the public listener. */
@QuarkusTest
class ManagementInterfaceTest {

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
    }

    @Test
    void healthMetricsAndOpenApiAnswerOnTheManagementPort() {
        int port = managementPort();
        given().port(port).get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().port(port).get("/q/metrics").then().statusCode(200);
        given().port(port).get("/q/openapi").then().statusCode(200);
    }

    @Test
    void publicListenerHidesOperationsEndpoints() {
        for (String path : new String[] { "/q/health", "/q/metrics", "/q/openapi" }) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void unknownPathIsProblemJson() {
        given().get("/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
