package org.sealedintake.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.cases.evidence.EvidenceCaptured;
import org.sealedintake.outbox.Outbox;
import org.sealedintake.outbox.OutboxEvent;
import org.sealedintake.policy.RoleViewPolicies;
import org.sealedintake.policy.RoleViewPolicy;
import org.sealedintake.support.Db;
import org.sealedintake.support.LeakScanner;
import org.sealedintake.support.Tokens;

/** A moderator works a case from the queue to a decision with real Keycloak tokens; the reporter sees the outcome. */
@QuarkusTest
class CaseFlowTest {
    static final String DECISION = """
            {"action":"REMOVE_CONTENT","ground":"INCOMPATIBLE_CONTENT","legalGround":"Community guidelines 4.2 (harassment)",
             "facts":"The post insults the reporter in every reply.","explanation":"Targeted insults are not allowed.",
             "statementCategory":"STATEMENT_CATEGORY_CYBER_VIOLENCE","durationDays":null,"territorialScope":["DE","FR"],
             "automatedDetection":false,"automation":"NOT_AUTOMATED","blockReRegistration":false}""";

    @Inject
    Event<EvidenceCaptured> captured;
    @Inject
    CaseDecisions decisions;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    RoleViewPolicies policies;

    @Test
    void aModeratorWorksACaseFromQueueToDecisionAndTheReporterSeesTheOutcome() {
        String target = CaseFixtures.target();
        String reporter = Tokens.of("reporter-a");
        UUID report = reportWithContact(reporter, target);
        UUID other = CaseFixtures.file("reporter-b", "HARASSMENT", target, false);
        UUID caseId = CaseFixtures.caseOf(report);
        assertEquals(caseId, CaseFixtures.caseOf(other));

        String moderator = Tokens.of("moderator");
        String subject = Tokens.claims(moderator).getString("sub");
        assertTrue(CaseFixtures.queue(moderator).contains(caseId));
        given().auth().oauth2(moderator).post("/v1/cases/" + caseId + "/claim").then().statusCode(200);

        long readsBefore = audits(subject, "case.read", caseId) + audits(subject, "report.read", report);
        Response view = given().auth().oauth2(moderator).get("/v1/cases/" + caseId);
        assertEquals(200, view.statusCode());
        assertEquals(readsBefore + 2, audits(subject, "case.read", caseId) + audits(subject, "report.read", report),
                "one audit event for the case and one per report read");
        assertEquals("CAPTURE_PENDING", view.jsonPath().getString("evidence.status"));
        assertNull(view.jsonPath().get("targetOwner"));
        assertEquals(2, view.jsonPath().getList("reports").size());
        String texts = view.jsonPath().getList("reports.text").toString();
        assertTrue(texts.contains("[PHONE]") && !texts.contains("13800138000"), texts);
        assertExactlyTheViewsFields("moderator-case", view);
        assertNoReporterValue(view.asString(), report);

        // While the platform has not named the owner, nobody can decide.
        Response pending = given().auth().oauth2(moderator).contentType(ContentType.JSON).body(DECISION)
                .post("/v1/cases/" + caseId + "/decision");
        assertEquals(409, pending.statusCode());
        assertTrue(pending.jsonPath().getString("type").endsWith("/target-owner-unknown"), pending.asString());

        captured.fire(new EvidenceCaptured(target, "pa-200001", Instant.now()));
        assertEquals(409, given().auth().oauth2(Tokens.of("moderator-2")).contentType(ContentType.JSON).body(DECISION)
                .post("/v1/cases/" + caseId + "/decision").statusCode(), "only the claimant decides");
        Response decided = given().auth().oauth2(moderator).contentType(ContentType.JSON).body(DECISION)
                .post("/v1/cases/" + caseId + "/decision");
        assertEquals(201, decided.statusCode(), decided.asString());
        assertExactlyTheViewsFields("moderator-case-decision", decided);
        UUID decisionId = UUID.fromString(decided.jsonPath().getString("id"));

        // The reporter sees the outcome summary only: the action and the day.
        Response mine = given().auth().oauth2(reporter).get("/v1/reports/" + report);
        assertEquals(200, mine.statusCode());
        assertEquals("DECIDED", mine.jsonPath().getString("status"));
        assertEquals("REMOVE_CONTENT", mine.jsonPath().getString("outcomeAction"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), mine.jsonPath().getString("outcomeDecidedOn"));
        assertEquals("DECIDED", given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + other)
                .jsonPath().getString("status"), "every open report of the case is resolved");

        // The enforcement message: target, owner, action, scope; nothing about reporters or reports.
        String payload = QuarkusTransaction.requiringNew().call(() -> outbox.payloadOf(em
                .createQuery("from OutboxEvent where idempotencyKey = :k", OutboxEvent.class)
                .setParameter("k", decisionId.toString()).getSingleResult()));
        assertTrue(payload.contains("\"ownerAccountId\":\"pa-200001\"") && payload.contains("\"allVisibilityStates\":true")
                && payload.contains("\"contentRef\":\"" + target + "\""), payload);
        assertFalse(payload.contains(report.toString()) || payload.contains(other.toString()), "no report id: " + payload);
        assertNoReporterValue(payload, report);

        CaseDecisions.DecisionRecord latest = QuarkusTransaction.requiringNew().call(() -> decisions.latestFor(caseId)).orElseThrow();
        assertEquals(decisionId, latest.id());
        assertEquals("Community guidelines 4.2 (harassment)", latest.legalGround());
        assertEquals(List.of("DE", "FR"), latest.territorialScope());
        assertEquals("pa-200001", latest.targetOwner());
        assertEquals(1, Db.count("select count(*) from moderation_case where id = ? and status = 'DECIDED'", caseId));
        assertEquals(0, Db.count("select count(*) from case_decision where id = ? and position(convert_to('Community', 'UTF8') in sealed_text) > 0",
                decisionId), "decision texts are stored encrypted");
    }

    @Test
    void anInvalidDecisionIsRefusedAndWritesNothing() {
        String target = CaseFixtures.target();
        UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", target, false));
        captured.fire(new EvidenceCaptured(target, "pa-200001", Instant.now()));
        String moderator = Tokens.of("moderator");
        given().auth().oauth2(moderator).post("/v1/cases/" + caseId + "/claim").then().statusCode(200);
        Map<String, String> bad = Map.of(
                "decision-ground-required", DECISION.replace("\"ground\":\"INCOMPATIBLE_CONTENT\",", ""),
                "statement-category-unknown", DECISION.replace("STATEMENT_CATEGORY_CYBER_VIOLENCE", "STATEMENT_CATEGORY_NOPE"),
                "territorial-scope-unknown", DECISION.replace("[\"DE\",\"FR\"]", "[\"US\"]"),
                "block-re-registration-not-allowed", DECISION.replace("\"blockReRegistration\":false", "\"blockReRegistration\":true"));
        bad.forEach((type, body) -> {
            Response r = given().auth().oauth2(moderator).contentType(ContentType.JSON).body(body)
                    .post("/v1/cases/" + caseId + "/decision");
            assertEquals(422, r.statusCode(), type);
            assertTrue(r.jsonPath().getString("type").endsWith("/" + type), r.asString());
        });
        assertEquals(400, given().auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(DECISION.replace("Targeted insults are not allowed.", "x".repeat(2001)))
                .post("/v1/cases/" + caseId + "/decision").statusCode());
        assertEquals(0, Db.count("select count(*) from case_decision where case_id = ?", caseId));
        // WARN needs no ground.
        given().auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(DECISION.replace("\"action\":\"REMOVE_CONTENT\",\"ground\":\"INCOMPATIBLE_CONTENT\",", "\"action\":\"WARN\","))
                .post("/v1/cases/" + caseId + "/decision").then().statusCode(201);
    }

    private UUID reportWithContact(String token, String target) {
        Response r = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"%s","description":"He keeps insulting me, call me on 13800138000 to confirm",
                         "involvesMinor":false,"victim":{"type":"SELF"},"reporterContact":{"wechat":"wx_case_flow_77"}}"""
                        .formatted(target))
                .post("/v1/reports");
        assertEquals(201, r.statusCode(), r.asString());
        return UUID.fromString(r.jsonPath().getString("reportId"));
    }

    private void assertExactlyTheViewsFields(String viewName, Response r) {
        RoleViewPolicy.View view = policies.policy().view(viewName);
        Map<String, Object> json = r.jsonPath().getMap("");
        assertEquals(view.allowedFields(), new TreeSet<>(json.keySet()), viewName);
        view.nested().forEach((field, names) -> {
            Object value = json.get(field);
            List<?> items = value instanceof List<?> l ? l : List.of(value);
            for (Object item : items) {
                assertEquals(new TreeSet<>(names), new TreeSet<>(((Map<?, ?>) item).keySet().stream().map(String::valueOf).toList()),
                        viewName + "." + field);
            }
        });
    }

    /** Nothing of reporter-a: subject, username, e-mail, contact handle, or the report's ownership proof. */
    static void assertNoReporterValue(String text, UUID report) {
        var claims = Tokens.claims(Tokens.of("reporter-a"));
        String proof = Db.hex("select proof from report_owner_proof where report_id = ?", report);
        LeakScanner scanner = LeakScanner.of(Map.of("sub", claims.getString("sub"), "username", "reporter-a",
                "email", claims.getString("email"), "wechat", "wx_case_flow_77", "proof", proof));
        assertEquals(List.of(), scanner.scanText("answer", text));
    }

    private static long audits(String actor, String action, UUID object) {
        return Db.count("select count(*) from audit_event where actor = ? and action = ? and object_id = ?", actor, action,
                object.toString());
    }
}
