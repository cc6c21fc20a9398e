package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.sealedintake.crypto.AuditSigner;

/**
 * Verifier throughput (issue 10 target: at least 200,000 events/s): a scratch database with
 * {@code -Dbenchmark.events} (default 1,000,000) audit events written in bulk SQL, chained in Java
 * exactly as the chainer chains them ({@link EventEncoding#chainHash}) and copied in, a signed
 * checkpoint every 1,000 events (the default {@code sealed.audit.checkpoint.every-events}), all of them
 * also in the exported log; then the service's {@link ChainVerifier} over the whole chain, as
 * {@code audit verify} runs it, as the runtime role, {@code -Dbenchmark.rounds} times (default 3).
 * Not part of the normal run:
 * {@code ./mvnw test -Dtest=AuditVerifierBenchmarkTest -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AuditVerifierBenchmarkTest {
    private static final int CHECKPOINT_EVERY = 1000;

    @Inject
    AuditSigner signer;

    @Test
    void verifierChecksAMillionChainedEventsAtTwoHundredThousandPerSecond() throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        try (ScratchAuditDatabase db = ScratchAuditDatabase.create(signer)) {
            long t0 = System.nanoTime();
            List<Checkpoint> checkpoints;
            try (Connection c = db.owner(); Connection w = db.owner()) {
                insertEvents(c, events);
                checkpoints = chain(c, w);
                try (Statement s = c.createStatement()) {
                    s.execute("analyze audit_event");
                    s.execute("analyze audit_chain");
                }
            }
            double setup = (System.nanoTime() - t0) / 1e9;
            DataSource app = db.appDataSource(null);
            List<Double> rates = new ArrayList<>();
            List<Double> cpuRates = new ArrayList<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            VerifyResult last = null;
            for (int r = 0; r < rounds; r++) {
                try (Connection c = app.getConnection()) {
                    long s0 = System.nanoTime();
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    last = new ChainVerifier(signer).verify(c, checkpoints, Instant.now(), Duration.ofMinutes(5), Duration.ofDays(1));
                    double secs = (System.nanoTime() - s0) / 1e9;
                    // The verifier's own CPU (JDBC decoding, encoding, hashing, signatures): what it costs apart from the server.
                    cpuRates.add(events / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9));
                    rates.add(events / secs);
                    assertTrue(last.intact(), "the bulk-written chain verifies: " + last);
                }
            }
            Collections.sort(rates);
            Collections.sort(cpuRates);
            // Where the time goes: the query in the server alone, and the rows read and decoded without hashing.
            double server;
            double readOnly;
            try (Connection c = app.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("explain (analyze, timing off, format json) " + ChainVerifier.CHAIN + " order by c.seq")) {
                    rs.next();
                    String plan = rs.getString(1);
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Execution Time\": ([0-9.]+)").matcher(plan);
                    server = m.find() ? Double.parseDouble(m.group(1)) / 1000 : Double.NaN;
                }
                long r0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(ChainVerifier.CHAIN + " order by c.seq")) {
                    ps.setFetchSize(10_000);
                    ChainVerifier.binaryRows(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        long sum = 0;
                        while (rs.next()) {
                            sum += rs.getLong(1) + rs.getBytes(2).length + rs.getLong(3) + (rs.getBoolean(4) ? 1 : 0)
                                    + EventRecord.read(rs, 5).id();
                        }
                        assertTrue(sum > 0);
                    }
                }
                readOnly = (System.nanoTime() - r0) / 1e9;
                c.rollback();
            }
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String line = String.format(Locale.ROOT,
                    "BENCHMARK audit verifier: events=%d checkpoints=%d rounds=%d setup_s=%.1f load=%.1f "
                            + "events_per_s_best=%.0f median=%.0f worst=%.0f; query_in_server_s=%.2f rows_read_and_decoded_s=%.2f "
                            + "events_per_verifier_cpu_s_best=%.0f",
                    events, checkpoints.size(), rounds, setup, load, rates.get(rates.size() - 1), rates.get(rates.size() / 2),
                    rates.get(0), server, readOnly, cpuRates.get(cpuRates.size() - 1));
            System.out.println(line);
            Files.writeString(Path.of("target", "audit-benchmark.txt"), line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            assertTrue(rates.get(rates.size() - 1) >= 200_000, line);
        }
    }

    /** Events shaped like the service's (report reads by staff and intake's report.created), in one statement. */
    private static void insertEvents(Connection c, int n) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome, seal)"
                    + " select gen_random_uuid(), now() - interval '1 hour' + g * interval '1 microsecond',"
                    + " case when g % 3 = 0 then 'reporter-of-report' else 'staff-' || (g % 40) end,"
                    + " case when g % 3 = 0 then 'report.created' else 'report.read' end, 'report', gen_random_uuid()::text,"
                    + " case when g % 3 = 0 then 'intake' else 'case-review' end, 'ok', decode(repeat('5e', 69), 'hex')"
                    + " from generate_series(1, " + n + ") g");
        }
    }

    /**
     * Chains every event in id order as the chainer does and copies the rows in; returns the signed
     * checkpoints (stored and exported alike).
     */
    private List<Checkpoint> chain(Connection c, Connection w) throws Exception {
        // Read with a cursor on one connection, copy in on the other.
        c.setAutoCommit(false);
        List<Checkpoint> checkpoints = new ArrayList<>();
        StringBuilder chainRows = new StringBuilder();
        StringBuilder checkpointRows = new StringBuilder();
        long micros = Checkpoint.micros(Instant.now());
        String at = "'" + Instant.now() + "'";
        byte[] prev = EventEncoding.genesis();
        long seq = 0;
        try (PreparedStatement ps = c.prepareStatement("select " + EventRecord.SELECT_COLUMNS + " from audit_event e order by e.id")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventRecord e = EventRecord.read(rs, 1);
                    prev = EventEncoding.chainHash(prev, e);
                    seq++;
                    chainRows.append(seq).append('\t').append(e.id()).append("\t\\\\x").append(HexFormat.of().formatHex(prev))
                            .append('\t').append(at, 1, at.length() - 1).append('\n');
                    if (seq % CHECKPOINT_EVERY == 0) {
                        AuditSigner.Signature sig = signer.sign(Checkpoint.message(Checkpoint.Kind.CHECKPOINT, seq, prev, micros));
                        Checkpoint cp = new Checkpoint(Checkpoint.Kind.CHECKPOINT, seq, prev, micros, sig.keyId(), sig.bytes());
                        checkpoints.add(cp);
                        checkpointRows.append(seq).append("\t\\\\x").append(cp.headHashHex()).append('\t')
                                .append(cp.createdAt()).append('\t').append(cp.keyId()).append("\t\\\\x")
                                .append(HexFormat.of().formatHex(cp.signature())).append('\n');
                    }
                    if (chainRows.length() > 8_000_000) {
                        copy(w, "audit_chain (seq, event_id, hash, chained_at)", chainRows);
                    }
                }
            }
        }
        copy(w, "audit_chain (seq, event_id, hash, chained_at)", chainRows);
        copy(w, "audit_checkpoint (seq, head_hash, created_at, key_id, signature)", checkpointRows);
        c.rollback();
        c.setAutoCommit(true);
        return checkpoints;
    }

    private static void copy(Connection c, String table, StringBuilder rows) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        rows.setLength(0);
    }
}
