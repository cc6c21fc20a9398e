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

/**
 * policies with requiredApprovals: 2: one approval leaves the request pending; the same approver
 * cannot count twice; a database writer cannot make up the second approval.
 */
@QuarkusTest
@TestProfile(TwoApproverPolicyTest.TwoApprovers.class)
class TwoApproverPolicyTest {

    public static class TwoApprovers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sealed.policies.dir", "src/test/resources/policies-two-approvers");
        }
    }

    @Test
    void requestNeedsTwoDistinctApproversBeforeItCanBeExecuted() throws Exception {
        String id = requested("auditor", fileReport("reporter-a", Map.of()));

        approve("approver-1", id).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("requiredApprovals", equalTo(2));
        execute("auditor", id).then().statusCode(409).body("type", equalTo(UnsealFlowTest.type("unseal-not-approved")));
        approve("approver-1", id).then().statusCode(409).body("type", equalTo(UnsealFlowTest.type("already-decided")));
        assertEquals(1, refusals(AuditActions.UNSEAL_APPROVE, id, subjectOf("approver-1")));
        assertEquals(1, events(AuditActions.UNSEAL_APPROVAL_RECORDED, id));

        approve("auditor-approver", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        assertEquals(1, events(AuditActions.UNSEAL_APPROVED, id));
        execute("auditor", id).then().statusCode(200);
    }

    @Test
    void oneGenuineApprovalPlusASecondRowWrittenBySqlIsRefusedAsTooFewSignedApprovals() throws Exception {
        String reportId = fileReport("reporter-b", Map.of());
        String id = requested("auditor", reportId);
        approve("approver-1", id).then().statusCode(200).body("status", equalTo("PENDING"));
        // The writer adds approver-2's "approval" reusing approver-1's genuine signature, and flips the status.
        Db.executeAsRuntimeRole("insert into unseal_approval (request_id, approver_subject, decided_at, decision,"
                + " execution_deadline, signature) select request_id, ?, decided_at, decision, execution_deadline, signature"
                + " from unseal_approval where request_id = ?::uuid", subjectOf("approver-2"), id);
        Db.executeAsRuntimeRole("update unseal_request set status = 'APPROVED', approved_at = now(),"
                + " expires_at = now() + interval '1 hour' where id = ?::uuid", id);

        execute("auditor", id).then().statusCode(403).body("type", equalTo(UnsealFlowTest.type("approval-evidence-refused")));
        assertEquals(1, Db.count("select count(*) from audit_event where action = ? and object_id = ? and purpose = ?",
                AuditActions.UNSEAL_EXECUTE, id, "approval-evidence-refused:evidence-invalid"));
        assertEquals(0, events(AuditActions.IDENTITY_DISCLOSED, reportId));
    }

    @Test
    void oneGenuineApprovalWithTheStatusFlippedBySqlIsTooFewForATwoApproverPolicy() throws Exception {
        String reportId = fileReport("reporter-a", Map.of());
        String id = requested("auditor", reportId);
        approve("approver-2", id).then().statusCode(200).body("status", equalTo("PENDING"));
        Db.executeAsRuntimeRole("update unseal_request set status = 'APPROVED', approved_at = now(),"
                + " expires_at = now() + interval '1 hour' where id = ?::uuid", id);

        execute("auditor", id).then().statusCode(403).body("type", equalTo(UnsealFlowTest.type("approval-evidence-refused")));
        assertEquals(1, Db.count("select count(*) from audit_event where action = ? and object_id = ? and purpose = ?",
                AuditActions.UNSEAL_EXECUTE, id, "approval-evidence-refused:evidence-insufficient"));
    }
}
