package org.sealedintake.unseal;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.unseal.UnsealFixtures.approve;
import static org.sealedintake.unseal.UnsealFixtures.events;
import static org.sealedintake.unseal.UnsealFixtures.execute;
import static org.sealedintake.unseal.UnsealFixtures.fileReport;
import static org.sealedintake.unseal.UnsealFixtures.requested;
import static org.sealedintake.unseal.UnsealFixtures.subjectOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.FileCheckpointExporter;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestClock;

/**
 * Threat T24 from the attacker's chair: the runtime database role ({@code sealed_app}, what an API
 * pod holds) writes approvals by SQL. The executor must refuse every one, record the refusal, and
 * disclose nothing; a replay of a real approval must still be seen outside the database.
 */
@QuarkusTest
class ForgedApprovalTest {
    private static final String REFUSED = UnsealFlowTest.type("approval-evidence-refused");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() throws Exception {
        clock.reset();
    }

    private static int refusalsWith(String requestId, String reason) {
        return (int) Db.count("select count(*) from audit_event where action = ? and object_id = ? and outcome = 'refused'"
                + " and purpose = ?", AuditActions.UNSEAL_EXECUTE, requestId, "approval-evidence-refused:" + reason);
    }

    @Test
    void approvedRequestInsertedBySqlAsTheRuntimeRoleIsRefusedAtExecuteAndTheRefusalAudited() throws Exception {
        String reportId = fileReport("reporter-a", Map.of("phone", "+49 30 7654321"));
        String id = UUID.randomUUID().toString();
        Db.executeAsRuntimeRole("insert into unseal_request (id, report_id, requester_subject, legal_basis, reference,"
                + " justification, status, created_at, approved_at, expires_at) values (?::uuid, ?::uuid, ?, 'COURT_ORDER',"
                + " 'forged', 'forged by a database writer', 'APPROVED', now(), now(), now() + interval '1 hour')",
                id, reportId, subjectOf("auditor"));

        execute("auditor", id).then().statusCode(403).contentType("application/problem+json").body("type", equalTo(REFUSED));

        assertEquals(1, refusalsWith(id, "evidence-missing"));
        assertEquals(0, events(AuditActions.IDENTITY_DISCLOSED, reportId));
    }

    @Test
    void pendingRequestUpdatedToApprovedWithAForgedDecisionRowIsRefused() throws Exception {
        String reportId = fileReport("reporter-a", Map.of("email", "forged.update@example.test"));
        String id = requested("auditor", reportId);
        Db.executeAsRuntimeRole("insert into unseal_approval (request_id, approver_subject, decided_at, decision,"
                + " execution_deadline, signature) values (?::uuid, ?, now(), 'APPROVED', now() + interval '1 hour', ?)",
                id, subjectOf("approver-1"), new byte[69]);
        assertEquals(1, Db.executeAsRuntimeRole("update unseal_request set status = 'APPROVED', approved_at = now(),"
                + " expires_at = now() + interval '1 hour' where id = ?::uuid", id));

        execute("auditor", id).then().statusCode(403).body("type", equalTo(REFUSED));

        assertEquals(1, refusalsWith(id, "evidence-invalid"));
        assertEquals(0, events(AuditActions.IDENTITY_DISCLOSED, reportId));
    }

    @Test
    void genuineApprovalCopiedOntoAnotherRequestIsRefused() throws Exception {
        String reportId = fileReport("reporter-b", Map.of("wechat", "wx_copy" + UUID.randomUUID().toString().substring(0, 4)));
        String real = requested("auditor", reportId);
        approve("approver-1", real).then().statusCode(200);
        String other = requested("auditor", reportId);
        Db.executeAsRuntimeRole("insert into unseal_approval (request_id, approver_subject, decided_at, decision,"
                + " execution_deadline, signature) select ?::uuid, approver_subject, decided_at, decision, execution_deadline,"
                + " signature from unseal_approval where request_id = ?::uuid", other, real);
        Db.executeAsRuntimeRole("update unseal_request set status = 'APPROVED', approved_at = now(),"
                + " expires_at = now() + interval '1 hour' where id = ?::uuid", other);

        execute("auditor", other).then().statusCode(403).body("type", equalTo(REFUSED));
        assertEquals(1, refusalsWith(other, "evidence-invalid"));
    }

    @Test
    void approvalPastItsSignedDeadlineIsRefusedEvenWhenTheRowsExpiryWasExtended() throws Exception {
        String reportId = fileReport("reporter-a", Map.of("qq", "55501" + (int) (Math.random() * 100)));
        String id = requested("auditor", reportId);
        approve("approver-1", id).then().statusCode(200);
        Db.executeAsRuntimeRole("update unseal_request set expires_at = now() + interval '30 days' where id = ?::uuid", id);
        clock.advance(Duration.ofHours(24).plusMinutes(5));

        execute("auditor", id).then().statusCode(403).body("type", equalTo(REFUSED));
        assertEquals(1, refusalsWith(id, "evidence-expired"));
        assertEquals(0, events(AuditActions.IDENTITY_DISCLOSED, reportId));
    }

    @Test
    void executedRequestResetBySqlAndReplayedIsRecordedOutsideTheDatabaseTwice() throws Exception {
        String reportId = fileReport("reporter-b", Map.of("phone", "+86 139 0000 " + (1000 + (int) (Math.random() * 8999))));
        String id = requested("auditor", reportId);
        approve("approver-1", id).then().statusCode(200);
        execute("auditor", id).then().statusCode(200);

        // The writer hides the first execution from the database and replays within the deadline.
        assertEquals(1, Db.executeAsRuntimeRole("update unseal_request set status = 'APPROVED', executed_at = null"
                + " where id = ?::uuid", id));
        execute("auditor", id).then().statusCode(200);

        Path file = Path.of(ConfigProvider.getConfig().getValue("sealed.audit.export.file", String.class));
        List<JsonNode> outside = new FileCheckpointExporter(file).disclosures().stream()
                .filter(d -> d.get("requestId").asText().equals(id)).toList();
        assertEquals(2, outside.size(), "both disclosures are in the checkpoint target outside the database");
        for (JsonNode d : outside) {
            assertEquals(reportId, d.get("reportId").asText());
            assertEquals(subjectOf("auditor"), d.get("requester").asText());
            assertEquals(subjectOf("approver-1"), d.get("approvers").get(0).asText());
            assertTrue(d.hasNonNull("signature"));
        }
    }
}
