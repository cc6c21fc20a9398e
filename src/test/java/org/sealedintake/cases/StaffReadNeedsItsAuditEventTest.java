package org.sealedintake.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/**
 * Issue 8 item 7: every staff read of a case writes an audit event, and a read whose event cannot be
 * written fails. The runtime role loses INSERT on the audit table for the length of one request: the
 * case is not served (no report text in the answer), and serving resumes once the log can be written.
 */
@QuarkusTest
class StaffReadNeedsItsAuditEventTest {

    @Test
    void aCaseReadWhoseAuditEventCannotBeWrittenServesNothing() throws Exception {
        String marker = "unaudited-" + UUID.randomUUID().toString().substring(0, 8);
        UUID report = CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false, "Insults, see " + marker);
        UUID caseId = CaseFixtures.caseOf(report);
        String moderator = Tokens.of("moderator");
        given().auth().oauth2(moderator).get("/v1/cases/" + caseId).then().statusCode(200);

        Response refused;
        grant(false);
        try {
            refused = given().auth().oauth2(moderator).get("/v1/cases/" + caseId);
        } finally {
            grant(true);
        }
        assertEquals(true, refused.statusCode() >= 500, "status " + refused.statusCode());
        assertFalse(refused.asString().contains(marker), "no report text without its audit event");
        assertEquals(200, given().auth().oauth2(moderator).get("/v1/cases/" + caseId).statusCode());
    }

    private static void grant(boolean insert) throws Exception {
        try (var c = TestEnvironment.ownerConnection(); var s = c.createStatement()) {
            s.execute((insert ? "grant insert on audit_event to " : "revoke insert on audit_event from ")
                    + TestEnvironment.DB_APP_USER);
        }
    }
}
