package org.sealedintake.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.policy.RoleViewPolicies;
import org.sealedintake.policy.RoleViewPolicy;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestClock;
import org.sealedintake.support.Tokens;

/** Parked deliveries: parked after the configured failures, listed without bodies, replayed by an admin only. */
@QuarkusTest
class OutboxAdminTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRepository events;
    @Inject
    OutboxConfig config;
    @Inject
    TestClock clock;

    WebhookReceiver receiver;

    @BeforeEach
    void receiver() {
        receiver = new WebhookReceiver(config);
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    OutboxEvent row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> events.findById(id));
    }

    /** Enqueues one event to a receiver that answers 500 and dispatches until it is parked. */
    private UUID parked(String destination, String body) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(OutboxKind.DSA_STATEMENT, destination,
                "dsa:" + UUID.randomUUID(), body, null));
        for (int i = 0; i < config.retry().maxAttempts(); i++) {
            dispatcher.dispatchDue();
            OutboxEvent e = row(id);
            if (e.status == OutboxStatus.PENDING) {
                clock.advance(Duration.between(clock.instant(), e.nextAttemptAt).plusMillis(10));
            }
        }
        return id;
    }

    private static Map<String, Object> find(UUID id) {
        for (int page = 0; page < 100; page++) {
            Response r = given().auth().oauth2(Tokens.of("admin")).queryParam("page", page).queryParam("size", 100)
                    .get("/v1/admin/outbox/parked");
            r.then().statusCode(200);
            List<Map<String, Object>> items = r.jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (id.toString().equals(item.get("id"))) {
                    return item;
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        return null;
    }

    @Test
    void afterTheConfiguredFailuresARowIsParkedListedWithoutItsBodyAndReplayedThenDelivered() throws Exception {
        String destination = receiver.failingDestination(500);
        String secretText = "Statement-" + UUID.randomUUID();
        String body = "{\"decision_visibility\":[\"DECISION_VISIBILITY_CONTENT_REMOVED\"],\"illegal_content_explanation\":\""
                + secretText + "\"}";
        UUID id = parked(destination, body);

        OutboxEvent e = row(id);
        assertEquals(OutboxStatus.PARKED, e.status);
        assertEquals(config.retry().maxAttempts(), e.attempts);
        assertEquals("http-500", e.lastError);
        assertNotNull(e.parkedAt);
        assertEquals(config.retry().maxAttempts(), receiver.received(destination).size(), "no attempt after parking");
        dispatcher.dispatchDue();
        clock.advance(Duration.ofDays(2));
        dispatcher.dispatchDue();
        assertEquals(config.retry().maxAttempts(), receiver.received(destination).size(), "a parked row stays parked");

        Response list = given().auth().oauth2(Tokens.of("admin")).get("/v1/admin/outbox/parked");
        list.then().statusCode(200);
        assertFalse(list.asString().contains(secretText), "the listing holds no body");
        Map<String, Object> item = find(id);
        assertNotNull(item, "the parked row is listed");
        assertEquals("DSA_STATEMENT", item.get("kind"));
        assertEquals(destination, item.get("destination"));
        assertEquals(config.retry().maxAttempts(), item.get("attempts"));
        assertEquals("http-500", item.get("lastError"));
        assertEquals("PARKED", item.get("status"));
        assertNotNull(item.get("createdAt"));
        assertNotNull(item.get("parkedAt"));
        RoleViewPolicy policy = RoleViewPolicies.load(java.nio.file.Path.of("policies", RoleViewPolicies.FILE));
        assertTrue(policy.view("admin-outbox-delivery").allowedFields().containsAll(item.keySet()), item.keySet().toString());

        receiver.answer(destination, 204);
        String admin = Tokens.of("admin");
        String subject = Tokens.claims(admin).getString("sub");
        given().auth().oauth2(admin).post("/v1/admin/outbox/" + id + "/replay")
                .then().statusCode(200).body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        assertEquals(1, Db.count("select count(*) from audit_event where action = ? and object_id = ? and actor = ? and outcome = 'ok'",
                AuditActions.OUTBOX_REPLAY, id.toString(), subject), "the replay is audited");
        assertEquals(null, find(id), "no longer listed as parked");

        dispatcher.dispatchDue();
        assertEquals(OutboxStatus.DELIVERED, row(id).status);
        var got = receiver.received(destination);
        assertEquals(config.retry().maxAttempts() + 1, got.size());
        assertEquals(1, new TreeSet<>(got.stream().map(r -> r.getHeader(OutboxHeaders.IDEMPOTENCY_KEY)).toList()).size(),
                "the replay carries the same idempotency key");
        assertEquals(body, got.get(got.size() - 1).getBodyAsString());

        // Replaying it again: it is not parked any more.
        given().auth().oauth2(admin).post("/v1/admin/outbox/" + id + "/replay").then().statusCode(409);
        given().auth().oauth2(admin).post("/v1/admin/outbox/" + UUID.randomUUID() + "/replay").then().statusCode(404);
        assertEquals(1, Db.count("select count(*) from audit_event where action = ? and object_id = ? and outcome = 'refused'",
                AuditActions.OUTBOX_REPLAY, id.toString()), "a refused replay is audited");
    }

    @Test
    void onlyAdminsListOrReplay() {
        UUID id = parked(receiver.failingDestination(503), "{\"x\":1}");
        for (String user : List.of("reporter-a", "creator", "moderator", "senior-moderator", "auditor", "approver-1",
                "child-safety", "trusted-flagger")) {
            String token = Tokens.of(user);
            given().auth().oauth2(token).get("/v1/admin/outbox/parked").then().statusCode(403);
            given().auth().oauth2(token).post("/v1/admin/outbox/" + id + "/replay").then().statusCode(403);
        }
        given().get("/v1/admin/outbox/parked").then().statusCode(401);
        given().post("/v1/admin/outbox/" + id + "/replay").then().statusCode(401);
        assertEquals(OutboxStatus.PARKED, row(id).status, "nobody but an admin replayed it");
        assertEquals(0, Db.count("select count(*) from audit_event where action = ? and object_id = ?", AuditActions.OUTBOX_REPLAY,
                id.toString()));
    }

    @Test
    void theDeliveryKeysArePublicAndHoldNoSecret() {
        given().get("/v1/outbox/keys").then().statusCode(200)
                .body("key[0].keyData.typeUrl", equalTo("type.googleapis.com/google.crypto.tink.Ed25519PublicKey"))
                .body("key[0].keyData.keyMaterialType", equalTo("ASYMMETRIC_PUBLIC"))
                .body("key[0].outputPrefixType", equalTo("RAW"));
        String audit = given().get("/v1/audit/keys").then().statusCode(200).extract().path("key[0].keyData.value");
        String outboxKey = given().get("/v1/outbox/keys").then().statusCode(200).extract().path("key[0].keyData.value");
        assertFalse(audit.equals(outboxKey), "deliveries have a key of their own");
    }
}
