package org.sealedintake.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the connection of the current transaction, for the rows a hot path writes and never reads back
 * as entities (intake: docs/performance.md, "Intake persistence (issue 10)"). The connection comes straight
 * from the datasource, which hands every caller in one JTA transaction the same enlisted connection (the one
 * Hibernate uses too), so a statement sees and is seen by everything else in the transaction; outside one it
 * runs in autocommit. It opens no Hibernate session: a transaction whose statements all come through here
 * pays for no session, no JTA synchronisation of one and no flush at commit. Unlike a native query through
 * the EntityManager it also does not auto-flush pending entities first, so a transaction that mixes both must
 * not need a pending entity's row before it (docs/decisions.md, D25). Errors arrive as {@link SqlFailure} with
 * the driver's {@link SQLException} (and its SQLSTATE) as the cause.
 *
 * <p>Parameters: {@code byte[]}, {@code byte[][]} (a {@code bytea[]}), {@link Instant} (stored with an explicit
 * UTC offset, microseconds kept), enums (their name), {@code null} (typed by the statement), and what the
 * driver takes as is (String, UUID, Boolean, Short, Integer, Long).
 */
public final class TransactionSql {
    private static volatile Source source;

    private TransactionSql() {
    }

    /** One row read from a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A statement the database or the driver refused; the cause is the driver's {@link SQLException}. */
    public static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            // No message of our own and none copied: the driver's can quote submitted values.
            super("SQL statement failed", cause);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(String sql, Object... params) {
        STATEMENTS.get()[0]++;
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The first row of a query, if any. */
    public static <T> Optional<T> first(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every row of a query. */
    public static <T> List<T> list(String sql, Row<T> row, Object... params) {
        STATEMENTS.get()[0]++;
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** An instant read from a timestamptz column. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * How many statements this thread has sent through this class since it started: a test takes the
     * difference across one filing to hold the count of statements per report (IntakePersistenceTest).
     */
    public static long statementsOnThisThread() {
        return STATEMENTS.get()[0];
    }

    private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

    private static Connection connection() throws SQLException {
        Source s = source;
        ArcContainer container = Arc.container();
        if (s == null || s.container != container) {
            // Looked up once per application start (tests restart the application with other profiles).
            s = new Source(container, container.instance(AgroalDataSource.class).get());
            source = s;
        }
        return s.dataSource.getConnection();
    }

    private record Source(ArcContainer container, AgroalDataSource dataSource) {
    }

    private static void bind(Connection c, PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            switch (p) {
                case null -> s.setNull(at, Types.OTHER);
                case byte[] b -> s.setBytes(at, b);
                case byte[][] bs -> s.setArray(at, c.createArrayOf("bytea", bs));
                case Instant t -> s.setObject(at, t.atOffset(ZoneOffset.UTC));
                case Enum<?> e -> s.setString(at, e.name());
                default -> s.setObject(at, p);
            }
        }
    }
}
