package org.sealedintake.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Tokens;

@QuarkusTest
class AuditResourceTest {
    @Inject
    AuditLog audit;

    private String threeEventsOnOneObject() {
        String objectId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record("staff-x", AuditActions.REPORT_READ, "report", objectId, "case-review");
            audit.record("staff-y", AuditActions.REPORT_READ, "report", objectId, "case-review");
            audit.record("staff-x", AuditActions.REPORT_READ, "report", objectId, null);
        });
        return objectId;
    }

    @Test
    void publicKeysAreServedWithoutATokenAndHoldNoPrivateKey() {
        given().get("/v1/audit/keys")
                .then().statusCode(200)
                .body("primaryKeyId", not(nullValue()))
                .body("key[0].keyData.typeUrl", containsString("Ed25519PublicKey"))
                .body("key.keyData.keyMaterialType", everyItem(equalTo("ASYMMETRIC_PUBLIC")));
    }

    @Test
    void auditorFiltersEventsByObjectAndPages() {
        String objectId = threeEventsOnOneObject();
        String token = Tokens.of("auditor");

        given().auth().oauth2(token).queryParam("objectType", "report").queryParam("objectId", objectId)
                .queryParam("size", 2)
                .get("/v1/audit/events")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items.objectId", everyItem(equalTo(objectId)));
        given().auth().oauth2(token).queryParam("objectType", "report").queryParam("objectId", objectId)
                .queryParam("size", 2).queryParam("page", 1)
                .get("/v1/audit/events")
                .then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(token).queryParam("objectId", objectId).queryParam("actor", "staff-x")
                .get("/v1/audit/events")
                .then().statusCode(200).body("total", equalTo(2)).body("items.actor", everyItem(equalTo("staff-x")));
    }

    @Test
    void readingTheLogIsItselfAnAuditEvent() {
        String token = Tokens.of("approver-1");
        String subject = Tokens.claims(token).getString("sub");
        given().auth().oauth2(token).queryParam("objectId", UUID.randomUUID().toString())
                .get("/v1/audit/events").then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(token).queryParam("actor", subject).queryParam("objectType", "audit_log")
                .get("/v1/audit/events")
                .then().statusCode(200)
                .body("items[0].action", equalTo(AuditActions.AUDIT_EVENTS_READ))
                .body("items[0].actor", equalTo(subject));
    }

    @Test
    void auditorAndApproverVerifyTheSharedChainAsIntact() {
        threeEventsOnOneObject();
        for (String user : new String[] { "auditor", "approver-1" }) {
            given().auth().oauth2(Tokens.of(user)).get("/v1/audit/verify")
                    .then().statusCode(200)
                    .body("intact", equalTo(true))
                    .body("firstBadSeq", nullValue())
                    .body("problem", nullValue());
        }
    }

    @Test
    void otherRolesAndAnonymousCallersReachNeitherEventsNorVerify() {
        for (String path : new String[] { "/v1/audit/events", "/v1/audit/verify" }) {
            for (String user : new String[] { "reporter-a", "moderator", "admin", "creator" }) {
                given().auth().oauth2(Tokens.of(user)).get(path).then().statusCode(403);
            }
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void oversizedPageIsRefused() {
        given().auth().oauth2(Tokens.of("auditor")).queryParam("size", 101)
                .get("/v1/audit/events").then().statusCode(400);
    }
}
