package org.sealedintake.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.support.TestEnvironment;

/**
 * The queue's first page at a million open cases (issue 8 figures; target under 20 ms). Opt-in:
 * {@code ./mvnw test -Dtest=CaseQueueBenchmarkTest -Dbenchmark=true [-Dbenchmark.cases=1000000]}.
 * Cases are bulk-inserted with SQL (levels, due times, audiences and owners spread like a busy queue,
 * a tenth already overdue), then the page query and the count are timed as the service runs them.
 * Figures in docs/performance.md.
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CaseQueueBenchmarkTest {
    @Inject
    CaseRepository cases;

    @Test
    void theFirstPageAtAMillionOpenCases() throws Exception {
        int n = Integer.getInteger("benchmark.cases", 1_000_000);
        long insertStart = System.nanoTime();
        try (Connection c = TestEnvironment.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into moderation_case (id, canonical_ref, kind, target_owner, status, audience, priority_level,
                        due_at, created_at, reporter_state)
                    select gen_random_uuid(), 'bench:' || g, 'CONTENT',
                           case when g % 3 = 0 then 'pa-' || (g % 50000) end,
                           case when g % 20 = 0 then 'DECIDED' when g % 2 = 0 then 'IN_REVIEW' else 'NEW' end,
                           case when g % 50 = 0 then 'CHILD_SAFETY' when g % 25 = 0 then 'SENIOR_MODERATOR' else 'MODERATOR' end,
                           g % 6,
                           now() + ((g % 1000) - 100) * interval '1 minute',
                           now(), '\\x00'::bytea
                      from generate_series(1, N_CASES) g""".replace("N_CASES", String.valueOf(n)));
            s.execute("analyze moderation_case");
        }
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        List<String> audiences = List.of(Audience.MODERATOR.name());
        String me = "pa-300001";
        for (int i = 0; i < 20; i++) {
            page(audiences, me);
        }
        int runs = 100;
        long[] pageNanos = new long[runs];
        long[] countNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<UUID> ids = page(audiences, me);
            long t1 = System.nanoTime();
            QuarkusTransaction.requiringNew().call(() -> cases.countQueue(audiences, me));
            long t2 = System.nanoTime();
            assertEquals(20, ids.size());
            pageNanos[i] = t1 - t0;
            countNanos[i] = t2 - t1;
        }
        Arrays.sort(pageNanos);
        Arrays.sort(countNanos);
        Log.infof("Case queue at %d cases (inserted in %.1f s): first page of 20 median %.2f ms, p95 %.2f ms; "
                + "count median %.2f ms, p95 %.2f ms", n, insertSeconds, pageNanos[runs / 2] / 1e6,
                pageNanos[runs * 95 / 100] / 1e6, countNanos[runs / 2] / 1e6, countNanos[runs * 95 / 100] / 1e6);
        System.out.printf("BENCHMARK case-queue cases=%d page_median_ms=%.2f page_p95_ms=%.2f count_median_ms=%.2f count_p95_ms=%.2f%n",
                n, pageNanos[runs / 2] / 1e6, pageNanos[runs * 95 / 100] / 1e6, countNanos[runs / 2] / 1e6,
                countNanos[runs * 95 / 100] / 1e6);
    }

    private List<UUID> page(List<String> audiences, String me) {
        return QuarkusTransaction.requiringNew().call(() -> cases.queuePage(audiences, me, Instant.now(), 0, 20));
    }
}
