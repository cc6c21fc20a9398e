package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sealedintake.support.TestEnvironment;

/**
 * Threat T20: the service's database role can only read and append the audit tables, and even the
 * owner role meets the insert-only trigger unless it disables it (which the tamper tests do).
 */
@QuarkusTest
class AuditRuntimeRoleTest {

    private static Connection asRuntimeRole() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.jdbcUrl(TestEnvironment.databaseName()),
                TestEnvironment.DB_APP_USER, ScratchAuditDatabase.APP_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = { "audit_event", "audit_chain", "audit_checkpoint" })
    void runtimeRoleCannotUpdateDeleteOrTruncateAuditTables(String table) throws Exception {
        try (Connection c = asRuntimeRole(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                assertTrue(rs.next(), "the runtime role reads " + table);
            }
            for (String sql : new String[] {
                    "update " + table + " set " + (table.equals("audit_checkpoint") ? "key_id = key_id" : table.equals("audit_chain") ? "hash = hash" : "actor = actor"),
                    "delete from " + table,
                    "truncate " + table }) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "audit_event", "audit_chain", "audit_checkpoint" })
    void triggerRefusesChangesEvenToTheOwner(String table) throws Exception {
        // One row of each table inside a transaction that is rolled back, so that the row
        // triggers have something to refuse and the shared chain stays as it was.
        String row = switch (table) {
            case "audit_event" -> "insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, outcome)"
                    + " values (gen_random_uuid(), now(), 'staff-t', 'report.read', 'report', 'trigger-test', 'ok')";
            case "audit_chain" -> "insert into audit_chain values (999999999, 999999999, sha256('x'), now())";
            default -> "insert into audit_checkpoint values (999999999, sha256('x'), now(), 1, '\\x00')";
        };
        String change = switch (table) {
            case "audit_event" -> "update audit_event set actor = 'x' where object_id = 'trigger-test'";
            case "audit_chain" -> "update audit_chain set hash = sha256('y') where seq = 999999999";
            default -> "update audit_checkpoint set key_id = 2 where seq = 999999999";
        };
        for (String sql : new String[] { change, "delete from " + table, "truncate " + table }) {
            try (Connection c = TestEnvironment.ownerConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute(row);
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(e.getMessage().contains("insert-only"), sql + ": " + e.getMessage());
                c.rollback();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "audit_event", "audit_chain", "audit_checkpoint" })
    void runtimeRoleCannotDisableTheTrigger(String table) throws Exception {
        try (Connection c = asRuntimeRole(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("alter table " + table + " disable trigger user"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }
}
