package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Tokens;

@QuarkusTest
class ReportIntakeTest {

    static String body(String description) {
        return """
                {"category":"HARASSMENT","targetContentRef":"post:%s","targetAccount":"creator",
                 "description":"%s","involvesMinor":false,"victim":{"type":"SELF"}}"""
                .formatted(UUID.randomUUID(), description);
    }

    @Test
    void reporterFilesAReportAndReadsItBackWithDeadlines() {
        String token = Tokens.of("reporter-a");
        var receipt = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("He keeps sending threats"))
                .post("/v1/reports")
                .then().statusCode(201)
                .body("reportId", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .extract().jsonPath();
        Instant received = Instant.parse(receipt.getString("receivedAt"));
        org.junit.jupiter.api.Assertions.assertEquals(received, Instant.parse(receipt.getString("acknowledgedAt")));
        org.junit.jupiter.api.Assertions.assertEquals(received.atOffset(ZoneOffset.UTC).plusMonths(3).toInstant(),
                Instant.parse(receipt.getString("feedbackBy")));

        given().auth().oauth2(token)
                .get("/v1/reports/" + receipt.getString("reportId"))
                .then().statusCode(200)
                .body("description", equalTo("He keeps sending threats"))
                .body("victim.type", equalTo("SELF"));
    }
}
