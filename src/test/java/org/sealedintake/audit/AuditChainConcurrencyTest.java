package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.sealedintake.common.TransactionSql;

/**
 * The running service's chainer against 8 writers: some transactions stay open for a while after
 * their insert, so their ids are smaller than ids chained long before they commit.
 */
@QuarkusTest
class AuditChainConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 500;

    @Inject
    AuditLog audit;

    @Inject
    AuditVerification verification;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eightWritersWithLateCommitsAreAllChainedAndTheChainVerifies() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                int written = 0;
                int tx = 0;
                while (written < PER_THREAD) {
                    int n = Math.min(1 + tx % 4, PER_THREAD - written);
                    int first = written;
                    // Every 15th transaction of each writer commits 0.3-1.5 s after its inserts.
                    long holdMillis = tx % 15 == 7 ? 300 + (thread * 150L) : 0;
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (int i = 0; i < n; i++) {
                            audit.record("staff-" + thread, AuditActions.REPORT_READ, "concurrency-" + run, thread + "-" + (first + i), "load");
                        }
                        // The inserts go now (take their ids), as when a later statement of the transaction
                        // carries them (TransactionSql.write); the commit comes after the hold.
                        TransactionSql.flush();
                        sleep(holdMillis);
                    });
                    written += n;
                    tx++;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long unchained;
        do {
            Thread.sleep(200);
            unchained = count("select count(*) from audit_event e where e.object_type = ?"
                    + " and not exists (select 1 from audit_chain c where c.event_id = e.id)", "concurrency-" + run);
        } while (unchained > 0 && System.nanoTime() < deadline);

        assertEquals(0, unchained, "events left unchained");
        assertEquals(THREADS * PER_THREAD, count("select count(*) from audit_event e join audit_chain c on c.event_id = e.id"
                + " where e.object_type = ?", "concurrency-" + run));
        assertEquals(count("select count(*) from audit_chain", null), count("select max(seq) from audit_chain", null),
                "seq is contiguous from 1");
        assertTrue(chainedOutOfIdOrder("concurrency-" + run),
                "some events were committed after events with larger ids (what 'id > last chained' would miss)");
        VerifyResult r = verification.verify();
        assertTrue(r.intact(), r::toString);
    }

    private boolean chainedOutOfIdOrder(String objectType) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select e.id from audit_event e join audit_chain c on c.event_id = e.id where e.object_type = ? order by c.seq")) {
            ps.setString(1, objectType);
            try (ResultSet rs = ps.executeQuery()) {
                long previous = Long.MIN_VALUE;
                while (rs.next()) {
                    if (rs.getLong(1) < previous) {
                        return true;
                    }
                    previous = rs.getLong(1);
                }
            }
        }
        return false;
    }

    private long count(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
