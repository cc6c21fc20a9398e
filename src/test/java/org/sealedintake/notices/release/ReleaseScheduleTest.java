package org.sealedintake.notices.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sealedintake.intake.Category;
import org.sealedintake.policy.PolicyFiles;

/** The release rules with a fixed clock and seeded or scripted randomness, on the repository's policy. */
class ReleaseScheduleTest {
    static final NoticePolicy.Release POLICY =
            PolicyFiles.load(Path.of("policies/notices.yaml"), NoticePolicy.class).release();
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration MIN = POLICY.randomDelay().min();
    static final Duration MAX = POLICY.randomDelay().max();
    static final Duration FLOOR = POLICY.floorAfterLatestReport();
    static final Duration HOLD = POLICY.singleReporterHold();
    static final Duration WINDOW = POLICY.batchWindow();

    static ReleaseSchedule at(Instant now, RandomGenerator random) {
        return new ReleaseSchedule(POLICY, Clock.fixed(now, ZoneOffset.UTC), random);
    }

    static ReleaseRequest request(String creator, Instant latestReport, int reporters, Category... categories) {
        return new ReleaseRequest(UUID.randomUUID(), creator, latestReport, reporters, Set.of(categories), false);
    }

    /** Draws the given fractions of the delay range, in order: 0 = min, 1 = max. */
    static RandomGenerator scripted(double... fractions) {
        Deque<Double> queue = new ArrayDeque<>();
        for (double f : fractions) {
            queue.add(f);
        }
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long nextLong(long origin, long bound) {
                return origin + Math.round(queue.remove() * (bound - 1 - origin));
            }
        };
    }

    @Test
    void neverBeforeTheFloorAfterTheLatestReportNorBeforeTheMinimumDelay() {
        SplittableRandom seeds = new SplittableRandom(20261126);
        for (int i = 0; i < 5_000; i++) {
            Instant latest = T0.minusSeconds(seeds.nextLong(0, 3 * 24 * 3600));
            int reporters = seeds.nextInt(1, 6);
            Release r = at(T0, new SplittableRandom(seeds.nextLong()))
                    .schedule(request("creator-" + i, latest, reporters, Category.HARASSMENT), Optional.empty());
            Duration hold = reporters == 1 ? HOLD : Duration.ZERO;
            assertFalse(r.releaseAt().isBefore(latest.plus(FLOOR).plus(hold).plus(MIN)), "floor after report, " + i);
            assertFalse(r.releaseAt().isBefore(T0.plus(hold).plus(MIN)), "minimum delay, " + i);
            assertFalse(r.releaseAt().isAfter(later(T0, latest.plus(FLOOR)).plus(hold).plus(MAX)), "bounded, " + i);
        }
    }

    @Test
    void whenTheFloorBindsTheReleaseDoesNotRevealTheReportsArrival() {
        Instant latest = T0.minusSeconds(60); // a report a minute ago: the floor binds
        Set<Duration> sinceReport = new HashSet<>();
        SplittableRandom seeds = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Release r = at(T0, new SplittableRandom(seeds.nextLong()))
                    .schedule(request("c", latest, 3), Optional.empty());
            Duration d = Duration.between(latest, r.releaseAt());
            assertTrue(d.compareTo(FLOOR.plus(MIN)) >= 0 && d.compareTo(FLOOR.plus(MAX)) <= 0, d.toString());
            sinceReport.add(d);
        }
        assertTrue(sinceReport.size() > 190, "release minus report must be random, not the floor: " + sinceReport.size());
    }

    @Test
    void randomDelayIsWithinTheRangeAndNotConstant() {
        ReleaseSchedule schedule = at(T0, new SplittableRandom(42));
        Set<Duration> delays = new HashSet<>();
        Duration lowest = MAX;
        Duration highest = MIN;
        for (int i = 0; i < 2_000; i++) {
            Duration d = schedule.drawDelay();
            assertTrue(d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0, d.toString());
            delays.add(d);
            lowest = d.compareTo(lowest) < 0 ? d : lowest;
            highest = d.compareTo(highest) > 0 ? d : highest;
        }
        assertTrue(delays.size() > 1_990, "distinct delays: " + delays.size());
        Duration tenth = MAX.minus(MIN).dividedBy(10);
        assertTrue(lowest.compareTo(MIN.plus(tenth)) < 0 && highest.compareTo(MAX.minus(tenth)) > 0,
                "the draws cover the range: " + lowest + " .. " + highest);
    }

    @Test
    void theSameSeedGivesTheSameReleaseAndAnotherSeedAnother() {
        ReleaseRequest req = request("c", T0.minus(Duration.ofDays(2)), 4);
        Instant a = at(T0, new SplittableRandom(1)).schedule(req, Optional.empty()).releaseAt();
        assertEquals(a, at(T0, new SplittableRandom(1)).schedule(req, Optional.empty()).releaseAt());
        assertNotEquals(a, at(T0, new SplittableRandom(2)).schedule(req, Optional.empty()).releaseAt());
    }

    @Test
    void aSingleReporterCaseIsHeldLonger() {
        Instant latest = T0.minus(Duration.ofDays(2));
        for (long seed = 0; seed < 50; seed++) {
            Release many = at(T0, new SplittableRandom(seed)).schedule(request("c", latest, 2), Optional.empty());
            Release single = at(T0, new SplittableRandom(seed)).schedule(request("c", latest, 1), Optional.empty());
            assertEquals(HOLD, Duration.between(many.releaseAt(), single.releaseAt()));
            assertFalse(single.releaseAt().isBefore(T0.plus(HOLD).plus(MIN)));
        }
        // Held on top of the floor too, when the report is recent.
        Release recent = at(T0, scripted(0)).schedule(request("c", T0, 1), Optional.empty());
        assertEquals(T0.plus(FLOOR).plus(HOLD).plus(MIN), recent.releaseAt());
    }

    @Test
    void twoDecisionsForOneCreatorInsideTheWindowShareOneReleaseInstant() {
        Instant old = T0.minus(Duration.ofDays(3));
        Release first = at(T0, scripted(0.5)).schedule(request("creator-x", old, 3), Optional.empty());
        assertEquals(Release.How.NEW_BATCH, first.how());
        assertEquals(T0.plus(MIN.plus(MAX).dividedBy(2)), first.releaseAt());

        // An hour later, a second decision: its earliest lawful release is before the batch's, so it joins.
        Release second = at(T0.plusSeconds(3600), scripted(0.9))
                .schedule(request("creator-x", old, 2), Optional.of(first.batch()));
        assertEquals(Release.How.JOINED_BATCH, second.how());
        assertEquals(first.releaseAt(), second.releaseAt());
        assertEquals(first.batch(), second.batch());

        // A third, on a case whose report came in just now: the batch moves later, within its window,
        // and the whole batch (the first two decisions included) goes with it.
        Instant third = T0.plus(Duration.ofHours(2));
        Release moved = at(third, scripted(0.0)).schedule(request("creator-x", third, 2), Optional.of(second.batch()));
        assertEquals(Release.How.MOVED_BATCH, moved.how());
        assertEquals(first.batch().id(), moved.batch().id());
        assertEquals(moved.releaseAt(), moved.batch().releaseAt());
        assertEquals(third.plus(FLOOR).plus(MIN), moved.releaseAt());
        assertTrue(moved.releaseAt().isAfter(first.releaseAt()), "moved later, never earlier");
        assertFalse(moved.releaseAt().isAfter(first.batch().openedAt().plus(WINDOW)), "within the window");
    }

    @Test
    void aMovedBatchNeverGoesPastItsWindowEvenWhenTheDrawWouldTakeItThere() {
        Release first = at(T0, scripted(0.0)).schedule(request("x", T0.minus(Duration.ofDays(3)), 2), Optional.empty());
        Instant now = first.releaseAt().minusSeconds(60);
        Release moved = at(now, scripted(1.0)).schedule(request("x", now, 2), Optional.of(first.batch()));
        assertEquals(Release.How.MOVED_BATCH, moved.how());
        assertEquals(first.batch().openedAt().plus(WINDOW), moved.releaseAt());
    }

    @Test
    void aDecisionBeyondTheBatchWindowOrAfterTheBatchWasReleasedOpensANewBatch() {
        Release first = at(T0, scripted(1.0)).schedule(request("x", T0.minus(Duration.ofDays(3)), 2), Optional.empty());
        // A single-reporter case an hour later: its lawful earliest lies beyond the batch's window.
        Instant now = T0.plusSeconds(3600);
        Release beyond = at(now, scripted(0.3)).schedule(request("x", T0.minus(Duration.ofDays(3)), 1),
                Optional.of(first.batch()));
        assertEquals(Release.How.NEW_BATCH, beyond.how());
        assertNotEquals(first.batch().id(), beyond.batch().id());
        assertTrue(beyond.releaseAt().isAfter(first.batch().openedAt().plus(WINDOW)));
        assertEquals(first.releaseAt(), first.batch().releaseAt(), "the open batch is not pulled along");
        // The first batch has been released: nothing joins it.
        Instant after = first.releaseAt().plusSeconds(1);
        Release late = at(after, scripted(0.3)).schedule(request("x", T0.minus(Duration.ofDays(3)), 2),
                Optional.of(first.batch()));
        assertEquals(Release.How.NEW_BATCH, late.how());
        assertTrue(late.releaseAt().isAfter(after.plus(MIN).minusMillis(1)));
    }

    @Test
    void anotherCreatorsDecisionsAreIndependent() {
        Instant old = T0.minus(Duration.ofDays(3));
        Release x = at(T0, scripted(0.5)).schedule(request("creator-x", old, 3), Optional.empty());
        // Handing creator-x's batch to creator-y's decision must not batch them together.
        Release y = at(T0.plusSeconds(60), scripted(0.2)).schedule(request("creator-y", old, 3), Optional.of(x.batch()));
        assertEquals(Release.How.NEW_BATCH, y.how());
        assertNotEquals(x.batch().id(), y.batch().id());
        assertEquals("creator-y", y.batch().creatorAccountId());
        assertNotEquals(x.releaseAt(), y.releaseAt());
        assertEquals(x.releaseAt(), x.batch().releaseAt(), "x's batch untouched");
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"INTIMATE_IMAGES", "PERSONAL_INFORMATION_EXPOSURE", "THREAT"})
    void urgentCategoriesAreReleasedAtOnceOutsideAnyBatch(Category urgent) {
        Release open = at(T0, scripted(0.5)).schedule(request("x", T0.minus(Duration.ofDays(3)), 3), Optional.empty());
        Release r = at(T0, scripted()).schedule(request("x", T0, 1, Category.HARASSMENT, urgent), Optional.of(open.batch()));
        assertEquals(Release.How.URGENT, r.how());
        assertEquals(T0, r.releaseAt());
        assertNull(r.batch());
    }

    @Test
    void aMinorInvolvedIsReleasedAtOnceAndOrdinaryCategoriesAreNot() {
        ReleaseRequest minor = new ReleaseRequest(UUID.randomUUID(), "x", T0, 1, Set.of(Category.OTHER), true);
        assertEquals(new Release(T0, Release.How.URGENT, null), at(T0, scripted()).schedule(minor, Optional.empty()));
        for (Category c : List.of(Category.HARASSMENT, Category.DEFAMATION, Category.SELF_HARM_INCITEMENT,
                Category.HATEFUL_CONDUCT, Category.OTHER)) {
            Release r = at(T0, scripted(0.0)).schedule(request("x", T0, 3, c), Optional.empty());
            assertNotEquals(Release.How.URGENT, r.how(), c.name());
            assertEquals(T0.plus(FLOOR).plus(MIN), r.releaseAt(), c.name());
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
