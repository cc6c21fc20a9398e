package org.sealedintake.unseal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sealedintake.unseal.UnsealFixtures.approve;
import static org.sealedintake.unseal.UnsealFixtures.events;
import static org.sealedintake.unseal.UnsealFixtures.execute;
import static org.sealedintake.unseal.UnsealFixtures.fileReport;
import static org.sealedintake.unseal.UnsealFixtures.refusals;
import static org.sealedintake.unseal.UnsealFixtures.reject;
import static org.sealedintake.unseal.UnsealFixtures.request;
import static org.sealedintake.unseal.UnsealFixtures.requested;
import static org.sealedintake.unseal.UnsealFixtures.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.support.TestClock;
import org.sealedintake.support.Tokens;

@QuarkusTest
class UnsealFlowTest {
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void approvedRequestDisclosesExactlyTheIdentitySentAtIntakeOnceToItsRequester() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> contact = Map.of("wechat", "wx_" + tag, "phone", "+86 138 0013 8000",
                "email", "contact." + tag + "@example.test", "qq", "10086" + tag.hashCode() % 1000);
        String reportId = fileReport("reporter-a", contact);
        String id = requested("auditor", reportId);

        given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests/" + id)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("legalBasis", equalTo("COURT_ORDER"))
                .body("requestedBy", equalTo(subjectOf("auditor")));
        approve("approver-1", id).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decisions[0].approver", equalTo(subjectOf("approver-1")));

        var response = execute("auditor", id).then().statusCode(200)
                .header("Cache-Control", "no-store").extract();
        JsonPath reporterToken = Tokens.claims(Tokens.of("reporter-a"));
        JsonPath identity = response.jsonPath();
        assertEquals(reporterToken.getString("sub"), identity.getString("subject"));
        assertEquals("reporter-a", identity.getString("account"));
        assertEquals(reporterToken.getString("name"), identity.getString("name"));
        assertEquals(reporterToken.getString("email"), identity.getString("email"));
        assertEquals(contact, identity.getMap("contact"));
        assertEquals(1, events(AuditActions.UNSEAL_EXECUTED, id));
        assertEquals(1, events(AuditActions.IDENTITY_DISCLOSED, reportId));

        execute("auditor", id).then().statusCode(409).body("type", equalTo(type("unseal-already-executed")));
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
        given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests/" + id)
                .then().statusCode(200).body("status", equalTo("EXECUTED"));
    }

    @Test
    void concurrentExecutionsDiscloseTheIdentityOnlyOnce() throws Exception {
        String id = requested("auditor", fileReport("reporter-a", Map.of("qq", "998877")));
        approve("approver-1", id).then().statusCode(200);
        String token = Tokens.of("auditor");

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> given().auth().oauth2(token)
                        .post("/v1/unseal-requests/" + id + "/execute").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, events(AuditActions.UNSEAL_EXECUTED, id));
        assertEquals(5, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
    }

    @Test
    void requesterWhoIsAlsoAnApproverCannotApproveTheirOwnRequest() throws Exception {
        String id = requested("auditor-approver", fileReport("reporter-a", Map.of()));

        approve("auditor-approver", id).then().statusCode(403).body("type", equalTo(type("self-approval-refused")));
        assertEquals(1, refusals(AuditActions.UNSEAL_APPROVE, id, subjectOf("auditor-approver")));
        reject("auditor-approver", id, "I changed my mind about it").then().statusCode(403);

        // Another approver can; the request stays executable only by its requester.
        approve("approver-2", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        execute("auditor", id).then().statusCode(404);
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
        execute("auditor-approver", id).then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void pendingAndRejectedRequestsCannotBeExecutedAndTheRequesterSeesTheReason() throws Exception {
        String id = requested("auditor", fileReport("reporter-a", Map.of()));

        execute("auditor", id).then().statusCode(409).body("type", equalTo(type("unseal-not-approved")));
        reject("approver-2", id, "The order does not name this platform.").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests/" + id)
                .then().statusCode(200).body("rejectionReason", equalTo("The order does not name this platform."));

        execute("auditor", id).then().statusCode(409).body("type", equalTo(type("unseal-rejected")));
        approve("approver-1", id).then().statusCode(404);
        assertEquals(2, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
        assertEquals(1, events(AuditActions.UNSEAL_REJECTED, id));
    }

    @Test
    void approvedRequestExpiresAfterTheExecutionWindow() throws Exception {
        String id = requested("auditor", fileReport("reporter-a", Map.of()));
        approve("approver-1", id).then().statusCode(200);

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        execute("auditor", id).then().statusCode(409).body("type", equalTo(type("unseal-expired")));
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
        assertEquals(1, events(AuditActions.UNSEAL_EXPIRED, id));

        clock.reset();
        given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests/" + id)
                .then().statusCode(200).body("status", equalTo("EXPIRED"));
        execute("auditor", id).then().statusCode(409).body("type", equalTo(type("unseal-expired")));
    }

    @Test
    void approvalNeedsARecentSignIn() throws Exception {
        String id = requested("auditor", fileReport("reporter-a", Map.of()));
        clock.advance(Duration.ofMinutes(16));

        approve("approver-1", id).then().statusCode(401).body("type", equalTo(type("step-up-required")))
                .body("acrValues", hasItem("2"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("error=\"insufficient_user_authentication\""),
                        org.hamcrest.Matchers.containsString("acr_values=\"2\""),
                        org.hamcrest.Matchers.containsString("max_age=")));
        assertEquals(1, refusals(AuditActions.UNSEAL_APPROVE, id, subjectOf("approver-1")));
    }

    @Test
    void executionNeedsARecentSignInAndARefusedOneLeavesTheRequestExecutable() throws Exception {
        String id = requested("auditor", fileReport("reporter-a", Map.of()));
        // The body of an approval is optional.
        given().auth().oauth2(Tokens.of("approver-2")).post("/v1/unseal-requests/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        clock.advance(Duration.ofMinutes(16));
        execute("auditor", id).then().statusCode(401).body("type", equalTo(type("step-up-required")));
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));

        clock.reset();
        execute("auditor", id).then().statusCode(200);
    }

    @Test
    void moderatorsUsersAndApproversWithoutAuditorRoleReachNoneOfIt() throws Exception {
        String reportId = fileReport("reporter-a", Map.of());
        String id = requested("auditor", reportId);
        for (String user : new String[] { "moderator", "senior-moderator", "reporter-a", "admin" }) {
            String token = Tokens.of(user);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("reportId", reportId, "legalBasis", "COURT_ORDER", "reference", "x",
                            "justification", UnsealFixtures.JUSTIFICATION))
                    .post("/v1/unseal-requests").then().statusCode(403);
            given().auth().oauth2(token).get("/v1/unseal-requests").then().statusCode(403);
            given().auth().oauth2(token).get("/v1/unseal-requests/" + id).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                    .post("/v1/unseal-requests/" + id + "/approve").then().statusCode(403);
            given().auth().oauth2(token).post("/v1/unseal-requests/" + id + "/execute").then().statusCode(403)
                    .contentType("application/problem+json");
            String actor = user.startsWith("reporter") ? StaffResolver.NON_STAFF_ACTOR : subjectOf(user);
            assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, actor), user);
            assertEquals(1, refusals(AuditActions.UNSEAL_APPROVE, id, actor), user);
        }
        // A platform user's attempt is recorded without their subject (threat T15).
        assertEquals(0, UnsealFixtures.eventsBy(subjectOf("reporter-a")));
        approve("approver-1", id).then().statusCode(200);
        execute("approver-1", id).then().statusCode(403);
        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("approver-1")));
        given().auth().oauth2(Tokens.of("moderator")).post("/v1/unseal-requests/" + id + "/execute")
                .then().statusCode(403);
    }

    @Test
    void requestForAReportThatDoesNotExistIsRefused() throws Exception {
        String missing = UUID.randomUUID().toString();
        request("auditor", missing).then().statusCode(404);
        assertEquals(1, refusals(AuditActions.UNSEAL_REQUEST, missing, subjectOf("auditor")));
    }

    @Test
    void requestNeedsAJustificationOfThePolicyLength() {
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body(Map.of("reportId", fileReport("reporter-a", Map.of()), "legalBasis", "COURT_ORDER",
                        "reference", "AG 1", "justification", "because"))
                .post("/v1/unseal-requests").then().statusCode(400)
                .body("type", equalTo(type("justification-too-short")));
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body(Map.of("reportId", UUID.randomUUID().toString(), "legalBasis", "HUNCH",
                        "reference", "AG 1", "justification", UnsealFixtures.JUSTIFICATION))
                .post("/v1/unseal-requests").then().statusCode(400);
    }

    @Test
    void auditorsListTheirOwnRequestsAndApproversThePendingOnesOfOthers() {
        String reportId = fileReport("reporter-a", Map.of());
        String byAuditor = requested("auditor", reportId);
        String byAuditorApprover = requested("auditor-approver", reportId);

        JsonPath auditorList = given().auth().oauth2(Tokens.of("auditor")).get("/v1/unseal-requests?size=100")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(true, auditorList.getList("items.id").contains(byAuditor));
        assertEquals(false, auditorList.getList("items.id").contains(byAuditorApprover));

        given().auth().oauth2(Tokens.of("approver-1")).get("/v1/unseal-requests?size=100")
                .then().statusCode(200).body("items.id", hasItem(byAuditor)).body("items.id", hasItem(byAuditorApprover))
                .body("page", equalTo(0)).body("size", equalTo(100));
        given().auth().oauth2(Tokens.of("auditor-approver")).get("/v1/unseal-requests?size=100")
                .then().statusCode(200).body("items.id", hasItem(byAuditor)).body("items.id", hasItem(byAuditorApprover));
        given().auth().oauth2(Tokens.of("auditor-approver")).get("/v1/unseal-requests/" + byAuditor)
                .then().statusCode(200);

        approve("approver-1", byAuditor).then().statusCode(200);
        given().auth().oauth2(Tokens.of("approver-2")).get("/v1/unseal-requests?size=100")
                .then().statusCode(200).body("items.id", not(hasItem(byAuditor)));
        given().auth().oauth2(Tokens.of("approver-2")).get("/v1/unseal-requests/" + byAuditor).then().statusCode(404);
        given().auth().oauth2(Tokens.of("auditor-approver")).get("/v1/unseal-requests/" + byAuditor).then().statusCode(404);
    }

    @Test
    void reporterLearnsOfADisclosureAndOfADeferredOneOnlyAfterItsEndDate() {
        String plain = fileReport("reporter-a", Map.of());
        String deferred = fileReport("reporter-a", Map.of());
        String reporter = Tokens.of("reporter-a");

        given().auth().oauth2(reporter).get("/v1/reports/" + plain + "/disclosures")
                .then().statusCode(200).body("total", equalTo(0));

        String first = requested("auditor", plain);
        approve("approver-1", first).then().statusCode(200);
        execute("auditor", first).then().statusCode(200);
        given().auth().oauth2(reporter).get("/v1/reports/" + plain + "/disclosures")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].legalBasis", equalTo("COURT_ORDER")).body("items[0].disclosedAt", notNullValue());

        String second = requested("auditor", deferred);
        String until = Instant.now().plus(Duration.ofDays(10)).toString();
        UnsealFixtures.approveWithDeferral("approver-1", second, "Ongoing investigation would be compromised", until)
                .then().statusCode(200).body("disclosureDeferral.until", equalTo(until));
        execute("auditor", second).then().statusCode(200);
        given().auth().oauth2(reporter).get("/v1/reports/" + deferred + "/disclosures")
                .then().statusCode(200).body("total", equalTo(0));

        clock.advance(Duration.ofDays(9));
        given().auth().oauth2(reporter).get("/v1/reports/" + deferred + "/disclosures")
                .then().statusCode(200).body("total", equalTo(0));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        given().auth().oauth2(reporter).get("/v1/reports/" + deferred + "/disclosures")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].legalBasis", equalTo("COURT_ORDER"));

        given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + deferred + "/disclosures")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("auditor")).get("/v1/reports/" + deferred + "/disclosures")
                .then().statusCode(403);
    }

    static String type(String slug) {
        return "https://sealed-intake.example/problems/" + slug;
    }
}
