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

/** policies with requiredApprovals: 2: one approval leaves the request pending; the same approver cannot count twice. */
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
}
