package org.sealedintake.notices.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.sealedintake.intake.Category;

/**
 * When a decision is released: the restriction to the platform, the notice to the creator and the
 * DSA statement, together (DSA Art. 17(2); threats T2 and T16). Pure logic over an injectable
 * clock and randomness; the caller keeps the creator's open batch and passes it in (docs/notices.md
 * has the rules and how to store batches).
 * <ol>
 * <li>Urgent (a minor involved, or an urgent category): now, outside any batch.</li>
 * <li>Otherwise {@code base = max(now, latestReport + floor)}, plus the single-reporter hold when
 * the case has one reporter; the lawful earliest instant is {@code base + randomDelay.min}, a fresh
 * instant {@code base + } a delay drawn from {@code randomDelay}.</li>
 * <li>The creator's open batch is joined when its instant is not before the lawful earliest; moved
 * later (to the fresh instant, at most {@code openedAt + batchWindow}) when the lawful earliest is
 * within that window; otherwise a new batch opens at the fresh instant.</li>
 * </ol>
 * So a release is never sooner than {@code floor + randomDelay.min} after the latest report, never
 * sooner than {@code randomDelay.min} after the decision, and what lies beyond that is a random draw
 * (this decision's, or the batch's), never the floor itself.
 */
@ApplicationScoped
public class ReleaseSchedule {
    private final NoticePolicy.Release policy;
    private final Clock clock;
    private final RandomGenerator random;

    @Inject
    ReleaseSchedule(NoticePolicy policy, Clock clock) {
        this(policy.release(), clock, new SecureRandom());
    }

    public ReleaseSchedule(NoticePolicy.Release policy, Clock clock, RandomGenerator random) {
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The release of {@code request}'s decision, given the creator's open batch (if any).
     *
     * @param openBatch the creator's latest batch not yet released; ignored when it belongs to another
     *                  creator or is no longer open
     */
    public Release schedule(ReleaseRequest request, Optional<ReleaseBatch> openBatch) {
        Instant now = clock.instant();
        if (isUrgent(request)) {
            return new Release(now, Release.How.URGENT, null);
        }
        Duration hold = request.distinctReporters() <= 1 ? policy.singleReporterHold() : Duration.ZERO;
        // The random delay always comes on top of the floor: were the floor itself ever the release
        // instant, release minus floor would be the latest report's arrival, to the millisecond.
        Instant base = later(now, request.latestReportAt().plus(policy.floorAfterLatestReport())).plus(hold);
        Instant earliest = base.plus(policy.randomDelay().min());
        Instant fresh = base.plus(drawDelay());
        Optional<ReleaseBatch> open = openBatch
                .filter(b -> b.creatorAccountId().equals(request.creatorAccountId()) && b.openAt(now));
        if (open.isPresent()) {
            ReleaseBatch b = open.get();
            if (!b.releaseAt().isBefore(earliest)) {
                return new Release(b.releaseAt(), Release.How.JOINED_BATCH, b);
            }
            Instant cap = b.openedAt().plus(policy.batchWindow());
            if (!earliest.isAfter(cap)) {
                Instant moved = fresh.isBefore(cap) ? fresh : cap;
                return new Release(moved, Release.How.MOVED_BATCH, b.movedTo(moved));
            }
        }
        ReleaseBatch batch = new ReleaseBatch(UUID.randomUUID(), request.creatorAccountId(), fresh, fresh);
        return new Release(fresh, Release.How.NEW_BATCH, batch);
    }

    /** A minor involved, or any of the case's categories is urgent by policy. */
    public boolean isUrgent(ReleaseRequest request) {
        if (request.minorInvolved()) {
            return true;
        }
        for (Category c : request.categories()) {
            if (policy.urgentCategories().contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Uniform in [min, max] at millisecond resolution. */
    Duration drawDelay() {
        long min = policy.randomDelay().min().toMillis();
        long max = policy.randomDelay().max().toMillis();
        return Duration.ofMillis(random.nextLong(min, max + 1));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
