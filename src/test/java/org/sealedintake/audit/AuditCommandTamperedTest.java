package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code audit verify} on a database of its own holding an event that was never chained: exit code 1. */
@QuarkusMainTest
@TestProfile(AuditCommandTamperedTest.TamperedDatabase.class)
class AuditCommandTamperedTest {

    /** Points the command at a scratch database with a backdated event inserted behind the chainer's back. */
    public static class TamperedDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                ScratchAuditDatabase db = ScratchAuditDatabase.create(null);
                db.tamper("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome)"
                        + " values (gen_random_uuid(), now() - interval '1 day', 'staff-1', 'report.read', 'report', 'backdated', null, 'ok')");
                return Map.of("db.name", db.name, "sealed.audit.export.file", db.exporter.file().toString());
            } catch (Exception e) {
                throw new IllegalStateException("scratch database for the command test", e);
            }
        }
    }

    @Test
    @Launch(value = { "audit", "verify" }, exitCode = 1)
    void verifyCommandExitsOneAndNamesTheProblemWhenTheChainIsNotIntact(LaunchResult result) {
        assertTrue(result.getOutput().contains("\"intact\":false"), result::getOutput);
        assertTrue(result.getOutput().contains("\"problem\":\"EVENT_UNCHAINED\""), result::getOutput);
    }
}
