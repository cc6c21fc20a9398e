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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

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
 *
 * <p>Round trips: {@link #write} queues a write inside a transaction instead of sending it; the queue goes to the
 * database with the transaction's next statement through this class, or at {@link #flush}, or before commit,
 * as one message sequence with one Sync (the driver's multi-statement prepared statement). Each queued write is
 * still its own statement, run in order; a write's failure aborts the transaction as it would have at once. On
 * a 2-core machine every round trip costs a write and a read system call on each side of the socket (D30).
 * Any statement Hibernate prepares sends the queue first ({@link QueuedWritesFirst}).
 */
public final class TransactionSql {
    private static volatile Source source;
    /** Sent before a statement, in its message sequence, so that its own autocommit transaction skips the disk wait. */
    private static final List<Write> ASYNC_COMMIT =
            List.of(new Write("select set_config('synchronous_commit', 'off', true)", new Object[0]));
    private static final Outcome<Integer> ROW_COUNT = (s, isResult) -> s.getUpdateCount();

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

    /** Runs an INSERT, UPDATE or DELETE (with any queued writes before it); the number of rows it changed. */
    public static int update(String sql, Object... params) {
        return send(takeQueued(), new Write(sql, params), ROW_COUNT);
    }

    /**
     * Runs an INSERT, UPDATE or DELETE in autocommit, as its own transaction, whose commit does not wait for
     * the disk ({@code synchronous_commit} off for that transaction only, sent in the same round trip): the
     * rows count the moment it commits, and a crash of the database may lose them until its write-ahead log
     * is flushed, which the next synchronous commit of any session or the WAL writer (within
     * {@code wal_writer_delay}) does. Only for a row whose loss a client's retry repairs and which nothing
     * durable depends on before a later synchronous commit (the key claim, D31). Refused inside a transaction,
     * where the setting would cover the whole transaction.
     */
    public static int updateWithoutDiskFlush(String sql, Object... params) {
        if (source().registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("updateWithoutDiskFlush runs only outside a transaction");
        }
        // One message sequence with one Sync: PostgreSQL runs both in one implicit transaction, so the local
        // setting covers exactly this statement's commit.
        return send(ASYNC_COMMIT, new Write(sql, params), ROW_COUNT);
    }

    /**
     * Queues an INSERT, UPDATE or DELETE whose row count the caller does not need now: it is sent with the
     * transaction's next statement, at {@link #flush} or before commit, whichever comes first. Outside a
     * transaction it runs at once.
     */
    public static void write(String sql, Object... params) {
        Write w = new Write(sql, params);
        Queue q = queue(true);
        if (q == null) {
            sendAll(List.of(w));
        } else {
            q.writes.add(w);
        }
    }

    /** Sends this transaction's queued writes now, if any. */
    public static void flush() {
        sendAll(takeQueued());
    }

    private static void sendAll(List<Write> queued) {
        if (!queued.isEmpty()) {
            send(queued.subList(0, queued.size() - 1), queued.get(queued.size() - 1), ROW_COUNT);
        }
    }

    /** The first row of a query, if any. */
    public static <T> Optional<T> first(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every row of a query (sent with any queued writes before it). */
    public static <T> List<T> list(String sql, Row<T> row, Object... params) {
        return send(takeQueued(), new Write(sql, params), (s, isResult) -> {
            List<T> out = new ArrayList<>();
            if (!isResult) {
                throw new SQLException("statement returned no rows: " + sql.lines().findFirst().orElse(""));
            }
            try (ResultSet rs = s.getResultSet()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        });
    }

    private record Write(String sql, Object[] params) {
    }

    @FunctionalInterface
    private interface Outcome<T> {
        T read(PreparedStatement s, boolean isResult) throws SQLException;
    }

    /** One round trip: the queued writes (a failure of one fails the whole), then {@code last}, whose outcome is read. */
    private static <T> T send(List<Write> queued, Write last, Outcome<T> outcome) {
        long[] counters = STATEMENTS.get();
        counters[0] += queued.size() + 1;
        counters[1]++;
        String sql = last.sql;
        if (!queued.isEmpty()) {
            StringBuilder text = new StringBuilder();
            queued.forEach(w -> text.append(w.sql).append(";\n"));
            sql = text.append(last.sql).toString();
        }
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            int at = 1;
            for (Write w : queued) {
                at = bind(c, s, w.params, at);
            }
            bind(c, s, last.params, at);
            boolean isResult = s.execute();
            for (int i = 0; i < queued.size(); i++) {
                isResult = s.getMoreResults();
            }
            return outcome.read(s, isResult);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The current transaction's queue, created and registered for before-commit if {@code create}; null outside one. */
    private static Queue queue(boolean create) {
        TransactionSynchronizationRegistry registry = source().registry;
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Queue q = (Queue) registry.getResource(Queue.class);
        if (q == null && create) {
            q = new Queue();
            registry.putResource(Queue.class, q);
            registry.registerInterposedSynchronization(q);
        }
        return q;
    }

    private static List<Write> takeQueued() {
        Queue q = queue(false);
        if (q == null || q.writes.isEmpty()) {
            return List.of();
        }
        List<Write> out = new ArrayList<>(q.writes);
        q.writes.clear();
        return out;
    }

    /** Queued writes of one transaction; whatever is still queued goes out before the commit. */
    private static final class Queue implements Synchronization {
        final List<Write> writes = new ArrayList<>();

        @Override
        public void beforeCompletion() {
            // Its own list, not the registry's view: the transaction may no longer count as active here.
            List<Write> queued = new ArrayList<>(writes);
            writes.clear();
            sendAll(queued);
        }

        @Override
        public void afterCompletion(int status) {
            writes.clear();
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

    /** How many round trips (statements sent together count once) this thread has made through this class. */
    public static long roundTripsOnThisThread() {
        return STATEMENTS.get()[1];
    }

    private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[2]);

    private static Connection connection() throws SQLException {
        return source().dataSource.getConnection();
    }

    private static Source source() {
        Source s = source;
        ArcContainer container = Arc.container();
        if (s == null || s.container != container) {
            // Looked up once per application start (tests restart the application with other profiles).
            s = new Source(container, container.instance(AgroalDataSource.class).get(),
                    container.instance(TransactionSynchronizationRegistry.class).get());
            source = s;
        }
        return s;
    }

    private record Source(ArcContainer container, AgroalDataSource dataSource, TransactionSynchronizationRegistry registry) {
    }

    /** Binds {@code params} from parameter index {@code first}; the index after the last one bound. */
    private static int bind(Connection c, PreparedStatement s, Object[] params, int first) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = first + i;
            switch (p) {
                case null -> s.setNull(at, Types.OTHER);
                case byte[] b -> s.setBytes(at, b);
                case byte[][] bs -> s.setArray(at, c.createArrayOf("bytea", bs));
                case Instant t -> s.setObject(at, t.atOffset(ZoneOffset.UTC));
                case Enum<?> e -> s.setString(at, e.name());
                default -> s.setObject(at, p);
            }
        }
        return first + params.length;
    }
}
