package org.sealedintake.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a logical copy of the database shows of one report: every value of every row that belongs to
 * it (found through foreign keys and object ids, as someone holding a dump would), read as the owner
 * role. Columns whose values are constants or enums shared by many reports are left out: they group
 * everything and so nothing.
 */
public final class DumpValues {
    /** Enum, flag, constant and counter-like columns. */
    private static final Set<String> SHARED_BY_DESIGN = Set.of("category", "status", "victim_type", "involves_minor",
            "media_type", "width", "height", "size_bytes", "key_id", "actor", "action", "object_type", "outcome",
            "purpose");

    /** Rows that belong to a report, by the report id (and the ids of its attachments). */
    private static final List<String> ROWS_OF_REPORT = List.of(
            "select * from report where id = ?",
            "select * from sealed_identity where report_id = ?",
            "select * from report_owner_proof where report_id = ?",
            "select * from attachment where report_id = ?",
            "select * from attachment_blob where attachment_id in (select id from attachment where report_id = ?)",
            "select * from attachment_owner_proof where attachment_id in (select id from attachment where report_id = ?)",
            "select * from idempotency_record where report_id = ?",
            "select * from audit_event where object_id = ?::text"
                    + " or object_id in (select id::text from attachment where report_id = ?::uuid)");

    private DumpValues() {
    }

    /** Every non-constant value of the rows belonging to {@code reportId}, as text (bytes as hex). */
    public static Set<String> of(UUID reportId) {
        Set<String> out = new HashSet<>();
        try (Connection c = TestEnvironment.ownerConnection()) {
            for (String sql : ROWS_OF_REPORT) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int params = (int) sql.chars().filter(ch -> ch == '?').count();
                    for (int i = 1; i <= params; i++) {
                        s.setObject(i, sql.contains("?::text") ? reportId.toString() : reportId);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            for (int col = 1; col <= md.getColumnCount(); col++) {
                                if (SHARED_BY_DESIGN.contains(md.getColumnName(col))) {
                                    continue;
                                }
                                Object v = rs.getObject(col);
                                if (v instanceof byte[] b) {
                                    out.add(HexFormat.of().formatHex(b));
                                } else if (v != null) {
                                    out.add(v.toString());
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dump read failed", e);
        }
        return out;
    }

    /** The octet length of a column of one report's row, e.g. a ciphertext's length. */
    public static long length(String table, String column, UUID reportId) {
        return Db.count("select octet_length(" + column + ") from " + table + " where report_id = ?", reportId);
    }
}
