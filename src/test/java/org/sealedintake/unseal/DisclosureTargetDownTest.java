package org.sealedintake.unseal;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sealedintake.unseal.UnsealFixtures.approve;
import static org.sealedintake.unseal.UnsealFixtures.events;
import static org.sealedintake.unseal.UnsealFixtures.execute;
import static org.sealedintake.unseal.UnsealFixtures.fileReport;
import static org.sealedintake.unseal.UnsealFixtures.refusals;
import static org.sealedintake.unseal.UnsealFixtures.requested;
import static org.sealedintake.unseal.UnsealFixtures.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.support.Db;

/** No record outside the database, no identity: execution fails closed when the checkpoint target is down. */
@QuarkusTest
@TestProfile(DisclosureTargetDownTest.WitnessDown.class)
class DisclosureTargetDownTest {

    /** A witness nobody listens on. */
    public static class WitnessDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sealed.audit.export.witness-url", "http://127.0.0.1:9/witness",
                    "sealed.audit.export.witness-timeout", "PT1S");
        }
    }

    @Test
    void executionIsRefusedWith503AndDisclosesNothingWhenTheDisclosureCannotLeaveTheDatabase() throws Exception {
        String reportId = fileReport("reporter-a", Map.of("email", "down.witness@example.test"));
        String id = requested("auditor", reportId);
        approve("approver-1", id).then().statusCode(200);

        execute("auditor", id).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(UnsealFlowTest.type("disclosure-not-recorded")))
                .body("subject", equalTo(null)).body("contact", equalTo(null));

        assertEquals(1, refusals(AuditActions.UNSEAL_EXECUTE, id, subjectOf("auditor")));
        assertEquals(0, events(AuditActions.IDENTITY_DISCLOSED, reportId), "the disclosure event was rolled back");
        assertEquals(1, Db.count("select count(*) from unseal_request where id = ?::uuid and status = 'APPROVED'", id),
                "still executable once the target is back");
    }
}
