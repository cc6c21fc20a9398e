package org.sealedintake.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sealedintake.crypto.AuditSigner;
import org.sealedintake.support.TestEnvironment;

/**
 * A database of its own for a test that tampers with the audit log: created by the owner role,
 * migrated with the project's migrations, used by the chainer and verifier as the runtime role,
 * with its own exported-checkpoint file under target/. Tampering there leaves the shared test
 * database's chain (which the running service keeps extending) intact for every other test.
 */
final class ScratchAuditDatabase implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    static final String APP_PASSWORD = env("DB_APP_PASSWORD", "dev-only-app-pw");

    final String name;
    final FileCheckpointExporter exporter;
    private final AuditSigner signer;

    private ScratchAuditDatabase(String name, AuditSigner signer) {
        this.name = name;
        this.signer = signer;
        this.exporter = new FileCheckpointExporter(Path.of("target", "audit-scratch", name + ".jsonl"));
    }

    /** The same database, its events sealed by {@code other} (another replica); not to be closed. */
    ScratchAuditDatabase sealedBy(AuditSigner other) {
        return new ScratchAuditDatabase(name, other);
    }

    static ScratchAuditDatabase create(AuditSigner signer) throws Exception {
        // Unique across class loaders (test profiles load this class again, with a fresh counter).
        String name = TestEnvironment.databaseName() + "_a" + COUNTER.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = DriverManager.getConnection(TestEnvironment.jdbcUrl("postgres"), TestEnvironment.DB_OWNER,
                TestEnvironment.DB_OWNER_PASSWORD); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try (Connection c = DriverManager.getConnection(TestEnvironment.jdbcUrl(name), TestEnvironment.DB_OWNER,
                TestEnvironment.DB_OWNER_PASSWORD); Statement s = c.createStatement()) {
            s.execute("revoke all on schema public from public");
            s.execute("grant usage on schema public to " + TestEnvironment.DB_APP_USER);
        }
        Flyway.configure()
                .dataSource(TestEnvironment.jdbcUrl(name), TestEnvironment.DB_OWNER, TestEnvironment.DB_OWNER_PASSWORD)
                .placeholders(Map.of("app_role", TestEnvironment.DB_APP_USER))
                .locations("classpath:db/migration")
                .load().migrate();
        ScratchAuditDatabase db = new ScratchAuditDatabase(name, signer);
        Files.deleteIfExists(db.exporter.file());
        return db;
    }

    /** The runtime role, optionally with start-up options and statements run on each new connection. */
    DataSource appDataSource(String options, String... sessionSql) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(TestEnvironment.jdbcUrl(name));
        ds.setUser(TestEnvironment.DB_APP_USER);
        ds.setPassword(APP_PASSWORD);
        if (options != null) {
            ds.setOptions(options);
        }
        if (sessionSql.length == 0) {
            return ds;
        }
        return new org.postgresql.ds.PGSimpleDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = ds.getConnection();
                try (Statement s = c.createStatement()) {
                    for (String q : sessionSql) {
                        s.execute(q);
                    }
                }
                return c;
            }
        };
    }

    Connection owner() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.jdbcUrl(name), TestEnvironment.DB_OWNER, TestEnvironment.DB_OWNER_PASSWORD);
    }

    /** A chainer with small batches, so that each batch of {@code every} events gets its own checkpoint. */
    AuditChainer chainer(DataSource ds, int every) {
        return new AuditChainer(ds, signer, exporter, new AuditChainer.Settings(every, 100_000, Duration.ofSeconds(30),
                Duration.ofSeconds(30), every, Duration.ofHours(1)), Clock.systemUTC());
    }

    /** Inserts events as the runtime role, as the service does (one of them with a null purpose, one with an empty one), sealed. */
    void insertEvents(int n, String tag) throws SQLException {
        try (Connection c = appDataSource(null).getConnection()) {
            Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
            for (int i = 0; i < n; i++) {
                insertEvent(c, t.plusNanos(i * 1000L), i % 3 == 0 ? AuditActions.REPORTER_OF_REPORT : "staff-" + (i % 4),
                        tag + "-" + i, i % 5 == 0 ? null : i % 5 == 1 ? "" : "case-review");
            }
        }
    }

    /** Inserts one report.read event on {@code c} with a valid seal, as {@link AuditLog} writes them. */
    void insertEvent(Connection c, Instant at, String actor, String objectId, String purpose) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome, seal)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            UUID eventId = UUID.randomUUID();
            Instant micros = at.truncatedTo(ChronoUnit.MICROS);
            ps.setObject(1, eventId);
            ps.setObject(2, micros.atOffset(ZoneOffset.UTC));
            ps.setString(3, actor);
            ps.setString(4, AuditActions.REPORT_READ);
            ps.setString(5, "report");
            ps.setString(6, objectId);
            ps.setString(7, purpose);
            ps.setString(8, AuditActions.OUTCOME_OK);
            ps.setBytes(9, signer == null ? null : AuditLog.seal(eventId, micros, actor, AuditActions.REPORT_READ, "report",
                    objectId, purpose, AuditActions.OUTCOME_OK, signer));
            ps.executeUpdate();
        }
    }

    VerifyResult verify(DataSource ds) throws Exception {
        return verify(ds, exporter.exported());
    }

    VerifyResult verify(DataSource ds, List<Checkpoint> exported) throws Exception {
        try (Connection c = ds.getConnection()) {
            return new ChainVerifier(signer).verify(c, exported, Instant.now(), Duration.ofMinutes(5));
        }
    }

    /** Runs {@code sql} as the owner with the audit triggers disabled, then enables them again. */
    void tamper(String... sql) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            for (String table : List.of("audit_event", "audit_chain", "audit_checkpoint")) {
                s.execute("alter table " + table + " disable trigger user");
            }
            try {
                for (String q : sql) {
                    s.execute(q);
                }
            } finally {
                for (String table : List.of("audit_event", "audit_chain", "audit_checkpoint")) {
                    s.execute("alter table " + table + " enable trigger user");
                }
            }
        }
    }

    long eventAt(long seq) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement();
                var rs = s.executeQuery("select event_id from audit_chain where seq = " + seq)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(TestEnvironment.jdbcUrl("postgres"), TestEnvironment.DB_OWNER,
                TestEnvironment.DB_OWNER_PASSWORD); Statement s = c.createStatement()) {
            // A runtime-role connection that is still closing cannot be terminated by the owner: retry.
            for (int attempt = 1; ; attempt++) {
                try {
                    s.execute("drop database if exists " + name + " with (force)");
                    return;
                } catch (SQLException e) {
                    if (attempt == 20 || !"42501".equals(e.getSQLState())) {
                        throw e;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
