package org.sealedintake.notices.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.notices.release.ReleaseScheduleTest.FLOOR;
import static org.sealedintake.notices.release.ReleaseScheduleTest.HOLD;
import static org.sealedintake.notices.release.ReleaseScheduleTest.MIN;
import static org.sealedintake.notices.release.ReleaseScheduleTest.POLICY;
import static org.sealedintake.notices.release.ReleaseScheduleTest.T0;
import static org.sealedintake.notices.release.ReleaseScheduleTest.WINDOW;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.intake.Category;

/**
 * Many decisions for a few creators over two days, batches kept as the wiring would keep them
 * (one open batch per creator, moved batches take their members along). Whatever the order, every
 * decision is released at its batch's final instant, never before its own bounds, and no batch
 * mixes creators or outgrows its window.
 */
class ReleaseBatchingPropertyTest {

    record Scheduled(ReleaseRequest request, Instant decidedAt, UUID batchId) {
    }

    @Test
    void everyDecisionKeepsItsBoundsAfterItsBatchMovesAndABatchHasOneCreatorAndOneInstant() {
        SplittableRandom random = new SplittableRandom(9);
        Map<Release.How, Integer> seen = new EnumMap<>(Release.How.class);
        for (int run = 0; run < 200; run++) {
            Map<String, ReleaseBatch> openBatch = new HashMap<>();
            Map<UUID, ReleaseBatch> batches = new HashMap<>();
            List<Scheduled> scheduled = new ArrayList<>();
            Instant now = T0;
            for (int i = 0; i < 40; i++) {
                now = now.plusSeconds(random.nextLong(0, 3 * 3600));
                String creator = "creator-" + random.nextInt(3);
                Instant latestReport = now.minusSeconds(random.nextLong(0, 2 * 24 * 3600));
                int reporters = random.nextInt(1, 4);
                boolean urgent = random.nextInt(10) == 0;
                ReleaseRequest req = new ReleaseRequest(UUID.randomUUID(), creator, latestReport, reporters,
                        urgent ? Set.of(Category.THREAT) : Set.of(Category.HARASSMENT), false);
                ReleaseSchedule schedule = new ReleaseSchedule(POLICY, Clock.fixed(now, ZoneOffset.UTC),
                        new SplittableRandom(random.nextLong()));
                Release r = schedule.schedule(req, Optional.ofNullable(openBatch.get(creator)));
                seen.merge(r.how(), 1, Integer::sum);
                if (r.how() == Release.How.URGENT) {
                    assertEquals(now, r.releaseAt());
                    continue;
                }
                assertEquals(r.releaseAt(), r.batch().releaseAt());
                assertEquals(creator, r.batch().creatorAccountId());
                if (r.how() != Release.How.NEW_BATCH) {
                    assertEquals(openBatch.get(creator).id(), r.batch().id());
                    assertFalse(r.releaseAt().isBefore(openBatch.get(creator).releaseAt()), "never earlier");
                }
                openBatch.put(creator, r.batch());
                batches.put(r.batch().id(), r.batch());
                scheduled.add(new Scheduled(req, now, r.batch().id()));
            }
            for (Scheduled s : scheduled) {
                ReleaseBatch b = batches.get(s.batchId());
                Instant released = b.releaseAt();
                Duration hold = s.request().distinctReporters() == 1 ? HOLD : Duration.ZERO;
                assertEquals(s.request().creatorAccountId(), b.creatorAccountId());
                assertFalse(released.isBefore(s.request().latestReportAt().plus(FLOOR).plus(hold).plus(MIN)),
                        "floor after the latest report, run " + run);
                assertFalse(released.isBefore(s.decidedAt().plus(hold).plus(MIN)), "minimum delay, run " + run);
                assertTrue(released.isAfter(s.decidedAt()), "never before its decision");
                assertFalse(released.isAfter(b.openedAt().plus(WINDOW)), "within the batch window, run " + run);
            }
        }
        for (Release.How how : Release.How.values()) {
            assertTrue(seen.getOrDefault(how, 0) > 100, "every path is exercised: " + seen);
        }
    }
}
