package org.sealedintake.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts read directly from the test database as the owner role, beside the API under test. */
public final class Db {
    /** Tables issue 2 writes when a report is filed. */
    public static final String[] INTAKE_TABLES = { "report", "sealed_identity", "report_owner_proof",
            "owner_pointer", "idempotency_record", "quota_window" };

    private Db() {
    }

    /** A connection as the runtime role {@code sealed_app}: what a compromised API pod, or anyone with its password, can do. */
    public static Connection asRuntimeRole() throws SQLException {
        String pw = System.getenv("DB_APP_PASSWORD");
        return java.sql.DriverManager.getConnection(TestEnvironment.jdbcUrl(TestEnvironment.databaseName()),
                TestEnvironment.DB_APP_USER, pw == null || pw.isBlank() ? "dev-only-app-pw" : pw);
    }

    /** Runs one statement as the runtime role; returns the update count. */
    public static int executeAsRuntimeRole(String sql, Object... params) {
        try (Connection c = asRuntimeRole(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement as the runtime role failed: " + e.getMessage(), e);
        }
    }

    public static long count(String sql, Object... params) {
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("count failed: " + sql, e);
        }
    }

    /** One bytea value as hex (null when there is no row). */
    public static String hex(String sql, Object... params) {
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? java.util.HexFormat.of().formatHex(rs.getBytes(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("read failed: " + sql, e);
        }
    }

    /** Row count of each table, in the given order. */
    public static Map<String, Long> counts(String... tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = TestEnvironment.ownerConnection(); Statement s = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counts failed", e);
        }
        return out;
    }

    public static Map<String, Long> intakeCounts() {
        return counts(INTAKE_TABLES);
    }
}
