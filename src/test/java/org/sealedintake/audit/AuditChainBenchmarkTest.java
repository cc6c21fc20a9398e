package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Chain lag and insert throughput with the service's own chainer timer running (docs/audit.md).
 * Not part of the normal run:
 * {@code ./mvnw test -Dtest=AuditChainBenchmarkTest -Dbenchmark=true [-Dbenchmark.clients=16 -Dbenchmark.seconds=20]}; with
 * {@code -Dsealed.audit.chainer.enabled=false} it measures the insert rate without the chainer (baseline).
 * Each client commits one audit event per transaction through {@link AuditLog#record}, as a business
 * transaction does. Lag = chained_at (the chainer's transaction time) - occurred_at (set just before the insert).
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AuditChainBenchmarkTest {
    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditConfig config;

    @Test
    void chainLagP99StaysUnderTwoSecondsUnderLoad() throws Exception {
        int clients = Integer.getInteger("benchmark.clients", 16);
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        load(clients, 3, "bench-warmup", new LongAdder());
        String type = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        LongAdder committed = new LongAdder();
        double elapsed = load(clients, seconds, type, committed);
        if (!config.chainer().enabled()) {
            // Baseline (-Dsealed.audit.chainer.enabled=false): the insert rate without the chainer.
            record(String.format(java.util.Locale.ROOT, "BENCHMARK audit insert only (chainer off): clients=%d seconds=%.1f insert_tx_per_s=%.0f",
                    clients, elapsed, committed.sum() / elapsed));
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (unchained(type) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        report(type, clients, elapsed, committed.sum());
    }

    /** {@code clients} threads committing one event per transaction for {@code seconds}; returns the elapsed seconds. */
    private double load(int clients, int seconds, String type, LongAdder committed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            done.add(pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    int n = i++;
                    QuarkusTransaction.requiringNew().run(
                            () -> audit.record("staff-" + client, AuditActions.REPORT_READ, type, client + "-" + n, "bench"));
                    committed.increment();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    private void report(String type, int clients, double elapsed, long committed) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*), percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from ch.chained_at - e.occurred_at)),"
                        + " max(extract(epoch from ch.chained_at - e.occurred_at))"
                        + " from audit_event e join audit_chain ch on ch.event_id = e.id where e.object_type = ?")) {
            ps.setString(1, type);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Double[] p = (Double[]) rs.getArray(2).getArray();
                String line = String.format(java.util.Locale.ROOT,
                        "BENCHMARK audit chain: clients=%d seconds=%.1f events=%d insert_tx_per_s=%.0f lag_p50_ms=%.0f lag_p99_ms=%.0f lag_max_ms=%.0f",
                        clients, elapsed, rs.getLong(1), committed / elapsed, p[0] * 1000, p[1] * 1000, rs.getDouble(3) * 1000);
                record(line);
                assertTrue(p[1] < 2.0, line);
            }
        }
    }

    private static void record(String line) throws java.io.IOException {
        System.out.println(line);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "audit-benchmark.txt"), line + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private long unchained(String type) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from audit_event e where e.object_type = ? and not exists (select 1 from audit_chain ch where ch.event_id = e.id)")) {
            ps.setString(1, type);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
