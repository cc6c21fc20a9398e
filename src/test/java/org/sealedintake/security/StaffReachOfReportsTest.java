package org.sealedintake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/**
 * What staff and the reviewed creator learn of a reporter's reports through the API today (the
 * "What each party learns" table in docs/threat-model.md): no staff role reaches the reporter's
 * endpoints, a creator is just another user who gets 404, and what auditors and approvers read in the
 * audit log about a reporter's reports names no reporter and holds no reporter reads.
 */
@QuarkusTest
class StaffReachOfReportsTest {

    @Test
    void staffRolesAndTheCreatorReachNoReportersReport() {
        String token = Tokens.of("reporter-a");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(ReportBodies.minimal())
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
        for (String user : List.of("moderator", "senior-moderator", "auditor", "approver-1", "admin")) {
            for (String path : List.of("/v1/reports/" + id, "/v1/reports/mine", "/v1/reports/" + id + "/disclosures")) {
                int status = given().auth().oauth2(Tokens.of(user)).get(path).statusCode();
                assertTrue(status == 403, user + " " + path + " answered " + status);
            }
        }
        for (String path : List.of("/v1/reports/" + id, "/v1/reports/" + id + "/disclosures")) {
            given().auth().oauth2(Tokens.of("creator")).get(path).then().statusCode(404);
        }
    }

    @Test
    void theAuditLogShowsReportsCreatedByNoOneInParticularAndNoReporterReads() {
        String token = Tokens.of("reporter-b");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(ReportBodies.minimal())
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
        given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(200);
        given().auth().oauth2(token).get("/v1/reports/" + id).then().statusCode(200);
        for (String staff : List.of("auditor", "approver-1")) {
            given().auth().oauth2(Tokens.of(staff)).queryParam("objectId", id).get("/v1/audit/events")
                    .then().statusCode(200).body("total", equalTo(1))
                    .body("items.action", everyItem(equalTo("report.created")))
                    .body("items.actor", everyItem(equalTo("reporter-of-report")));
        }
    }
}
