package org.sealedintake.common;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Plain SQL on the connection of the current transaction's Hibernate session, for the rows a hot path
 * writes and never reads back as entities (intake: docs/performance.md, "Intake persistence (issue 10)").
 * Unlike a native query through the EntityManager it does not auto-flush the session first (a flush
 * dirty-checks every managed entity) and skips Hibernate's query machinery; it runs at once, on the same
 * connection, so it sees and is seen by everything else in the transaction. Errors arrive as Hibernate's
 * {@code JDBCException} with the driver's {@link SQLException} (and its SQLSTATE) as the cause, as a native
 * query's do.
 *
 * <p>Parameters: {@code byte[]}, {@link Instant} (stored with an explicit UTC offset, microseconds kept),
 * enums (their name), {@code null} (typed by the statement), and what the driver takes as is (String, UUID,
 * Boolean, Short, Integer, Long).
 */
public final class SessionSql {
    private SessionSql() {
    }

    /** One row read from a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(String sql, Object... params) {
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                return s.executeUpdate();
            }
        });
    }

    /** The first row of a query, if any. */
    public static <T> Optional<T> first(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every row of a query. */
    public static <T> List<T> list(String sql, Row<T> row, Object... params) {
        return session().doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.read(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** An instant read from a timestamptz column. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            switch (p) {
                case null -> s.setNull(at, Types.OTHER);
                case byte[] b -> s.setBytes(at, b);
                case Instant t -> s.setObject(at, t.atOffset(ZoneOffset.UTC));
                case Enum<?> e -> s.setString(at, e.name());
                default -> s.setObject(at, p);
            }
        }
    }
}
