package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.KeycloakAdmin;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/**
 * Ownership held apart from the reports (issue 6): keyed by issuer and subject, complete under
 * concurrency, paged newest first, and a reporter's own reads leave nothing in the audit log that
 * staff could use to group their reports (threat T23).
 */
@QuarkusTest
class ReporterOwnershipTest {

    @Test
    void aUsernameDeletedAndCreatedAgainInheritsNoReport() {
        String username = "recreated-" + UUID.randomUUID().toString().substring(0, 8);
        String firstId = KeycloakAdmin.createUser(username);
        String first = Tokens.from(Tokens.REALM, "app", username);
        String reportId = file(first);
        given().auth().oauth2(first).get("/v1/reports/" + reportId).then().statusCode(200);
        KeycloakAdmin.deleteUser(firstId);

        String secondId = KeycloakAdmin.createUser(username);
        String second = Tokens.from(Tokens.REALM, "app", username);
        assertEquals(username, Tokens.claims(second).getString("preferred_username"));
        assertTrue(!firstId.equals(secondId), "Keycloak gave the new user a new subject");
        given().auth().oauth2(second).get("/v1/reports/mine").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        given().auth().oauth2(second).get("/v1/reports/" + reportId).then().statusCode(404);
        given().auth().oauth2(second).get("/v1/reports/" + reportId + "/disclosures").then().statusCode(404);
        KeycloakAdmin.deleteUser(secondId);
    }

    @Test
    void reportsFiledAtOnceByOneAccountAreAllListed() throws Exception {
        String username = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = KeycloakAdmin.createUser(username);
        String token = Tokens.from(Tokens.REALM, "app", username);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> filed = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                filed.add(pool.submit((Callable<String>) () -> file(token)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : filed) {
                ids.add(f.get());
            }
            List<String> listed = given().auth().oauth2(token).queryParam("size", 100).get("/v1/reports/mine")
                    .then().statusCode(200).body("total", equalTo(8)).extract().jsonPath().getList("items.id");
            assertEquals(ids, new HashSet<>(listed));
        } finally {
            pool.shutdownNow();
            KeycloakAdmin.deleteUser(userId);
        }
    }

    @Test
    void mineIsPagedNewestFirstBeyondTheFirstProbe() {
        String username = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = KeycloakAdmin.createUser(username);
        String token = Tokens.from(Tokens.REALM, "app", username);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            ids.add(file(token));
        }
        List<String> newestFirst = new ArrayList<>(ids.reversed());
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            seen.addAll(given().auth().oauth2(token).queryParam("page", page).queryParam("size", 10)
                    .get("/v1/reports/mine").then().statusCode(200).body("total", equalTo(37))
                    .extract().jsonPath().getList("items.id"));
        }
        assertEquals(newestFirst, seen);
        given().auth().oauth2(token).queryParam("page", 4).queryParam("size", 10).get("/v1/reports/mine")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(37));
        KeycloakAdmin.deleteUser(userId);
    }

    @Test
    void aFilingRolledBackAfterItsPointerWasWrittenLeavesNoGapInTheListing() {
        // The pointer row is written before the attachments are checked: this filing writes pointer 1,
        // then rolls back. A count remembered from it (Ownership's per-process hint) must not be believed.
        String username = "rollback-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = KeycloakAdmin.createUser(username);
        String token = Tokens.from(Tokens.REALM, "app", username);
        String first = file(token);
        String unknownAttachment = ReportBodies.minimal().replace("\"victim\"",
                "\"attachmentIds\":[\"" + UUID.randomUUID() + "\"],\"victim\"");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(unknownAttachment).post("/v1/reports").then().statusCode(404);
        String second = file(token);

        List<String> listed = given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath().getList("items.id");
        assertEquals(List.of(second, first), listed);
        KeycloakAdmin.deleteUser(userId);
    }

    @Test
    void aReportersOwnReadsWriteNoAuditEvents() {
        String token = Tokens.of("reporter-a");
        List<String> ids = List.of(file(token), file(token), file(token));
        long before = Db.count("select count(*) from audit_event");
        given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(200);
        for (String id : ids) {
            given().auth().oauth2(token).get("/v1/reports/" + id).then().statusCode(200);
            given().auth().oauth2(token).get("/v1/reports/" + id + "/disclosures").then().statusCode(200);
        }
        assertEquals(before, Db.count("select count(*) from audit_event"),
                "a listing or read by the reporter wrote audit events (a burst would group the reports)");
        assertEquals(0, Db.count("select count(*) from audit_event where action in ('report.listed', 'disclosure.read')"));
    }

    static String file(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(ReportBodies.minimal())
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
    }
}
