package org.sealedintake.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestEnvironment;

/**
 * Someone holding a copy of the database looks at the case tables to tell whether two reports of one
 * case came from one reporter (threat T26). Case P: reporter-a twice. Case Q: reporter-a and
 * reporter-b. The two case rows must differ only where any two cases differ.
 */
@QuarkusTest
class CaseDumpTest {
    /** Columns that differ between any two cases whatever their reporters: identity, target and times. */
    private static final Set<String> PER_CASE = Set.of("id", "canonical_ref", "created_at", "due_at", "reporter_state");

    @Test
    void theCaseTablesDoNotTellOneReporterTwiceFromTwoReporters() {
        UUID p1 = CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false);
        UUID caseP = CaseFixtures.caseOf(p1);
        String target = (String) row("moderation_case", "id", caseP).get("canonical_ref");
        String stateAfterOne = Db.hex("select reporter_state from moderation_case where id = ?", caseP);
        UUID p2 = CaseFixtures.file("reporter-a", "HARASSMENT", target, false);
        String stateAfterTwo = Db.hex("select reporter_state from moderation_case where id = ?", caseP);
        assertNotEquals(stateAfterOne, stateAfterTwo,
                "the reporter state is rewritten for a repeat reporter too, so two dumps cannot tell a repeat from a newcomer");

        UUID q1 = CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false);
        UUID caseQ = CaseFixtures.caseOf(q1);
        String targetQ = (String) row("moderation_case", "id", caseQ).get("canonical_ref");
        CaseFixtures.file("reporter-b", "HARASSMENT", targetQ, false);

        Map<String, Object> p = row("moderation_case", "id", caseP);
        Map<String, Object> q = row("moderation_case", "id", caseQ);
        assertEquals(p.keySet(), q.keySet());
        Set<String> differing = new TreeSet<>();
        p.forEach((column, value) -> {
            Object other = q.get(column);
            boolean equal = value instanceof byte[] a && other instanceof byte[] b ? Arrays.equals(a, b)
                    : java.util.Objects.equals(value, other);
            if (!equal) {
                differing.add(column);
            }
        });
        differing.removeAll(PER_CASE);
        assertEquals(Set.of(), differing, "case columns that tell one reporter from two");
        assertEquals(((byte[]) p.get("reporter_state")).length, ((byte[]) q.get("reporter_state")).length,
                "the reporter state's length tells how many reporters");

        // Memberships are the pair only: nothing orders or dates a report within its case.
        assertEquals(List.of("report_id", "case_id"), List.copyOf(row("case_report", "report_id", p2).keySet()));
        assertEquals(caseP, CaseFixtures.caseOf(p2));
    }

    private static Map<String, Object> row(String table, String key, UUID id) {
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select * from " + table + " where " + key + " = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.put(md.getColumnName(i), rs.getObject(i));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
