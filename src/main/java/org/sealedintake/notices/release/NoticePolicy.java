package org.sealedintake.notices.release;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.sealedintake.intake.Category;

/**
 * The rules of what reaches a reviewed creator, from {@code policies/notices.yaml}: when a
 * decision is released (restriction, notice and DSA statement together), how long the creator may
 * appeal, and the redress routes the notice quotes. Every value is required; the constructors
 * refuse values that would let a release point at a report or shorten what the DSA guarantees, with
 * a message naming the field (docs/notices.md).
 */
public record NoticePolicy(Integer version, Release release, Appeal appeal, Redress redress) {

    public NoticePolicy {
        if (version == null || version != 1) {
            throw new IllegalArgumentException("version must be 1");
        }
        if (release == null || appeal == null || redress == null) {
            throw new IllegalArgumentException("release, appeal and redress are required");
        }
    }

    /**
     * When a decision is released (DSA Art. 17(2); threats T2, T16).
     *
     * @param randomDelay            a delay drawn uniformly from this range, counted from the decision
     *                               or from the floor, whichever is later
     * @param floorAfterLatestReport never released sooner than this (plus the random delay) after the
     *                               case's latest report
     * @param batchWindow            a creator's releases whose earliest lawful instants fall within this
     *                               window of the creator's open batch share its release instant
     * @param singleReporterHold     added before the random delay when the case has a single reporter
     * @param urgentCategories       released at once (a minor involved always is); must include
     *                               intimate images, personal-information exposure and threats
     */
    public record Release(Range randomDelay, Duration floorAfterLatestReport, Duration batchWindow,
            Duration singleReporterHold, Set<Category> urgentCategories) {

        /** Categories that are never delayed: the harm of waiting outweighs the timing privacy. */
        public static final Set<Category> ALWAYS_URGENT = EnumSet.of(Category.INTIMATE_IMAGES,
                Category.PERSONAL_INFORMATION_EXPOSURE, Category.THREAT);
        static final Duration MAX = Duration.ofDays(7);

        public Release {
            if (randomDelay == null) {
                throw new IllegalArgumentException("release.randomDelay is required (min and max)");
            }
            within("release.floorAfterLatestReport", floorAfterLatestReport, Duration.ofHours(1), MAX);
            within("release.batchWindow", batchWindow, Duration.ofMinutes(1), Duration.ofDays(2));
            within("release.singleReporterHold", singleReporterHold, Duration.ofHours(1), Duration.ofDays(14));
            if (urgentCategories == null || !urgentCategories.containsAll(ALWAYS_URGENT)) {
                throw new IllegalArgumentException("release.urgentCategories must include " + ALWAYS_URGENT);
            }
            urgentCategories = Set.copyOf(urgentCategories);
        }
    }

    /** A random delay's bounds: a constant delay would be as telling as none. */
    public record Range(Duration min, Duration max) {
        static final Duration MIN_SPREAD = Duration.ofMinutes(30);

        public Range {
            within("release.randomDelay.min", min, Duration.ofMinutes(5), Release.MAX);
            within("release.randomDelay.max", max, Duration.ofMinutes(5), Release.MAX);
            if (max.minus(min).compareTo(MIN_SPREAD) < 0) {
                throw new IllegalArgumentException("release.randomDelay.max must be at least " + MIN_SPREAD
                        + " more than min (a constant delay is not random)");
            }
        }
    }

    /**
     * DSA Art. 20(1): at least six months to appeal, counted from the day the notice is released.
     *
     * @param window months (and days) as an ISO period, e.g. {@code P6M}; at least six months
     */
    public record Appeal(Period window) {
        public Appeal {
            if (window == null || window.isNegative() || window.getDays() < 0 || window.toTotalMonths() < 6
                    || window.toTotalMonths() > 60) {
                throw new IllegalArgumentException(
                        "appeal.window must be at least six months and at most five years, written in months (P6M)");
            }
        }

        /** The last instant an appeal against a decision released at {@code releasedAt} is accepted. */
        public Instant deadline(Instant releasedAt) {
            return releasedAt.atOffset(ZoneOffset.UTC).plus(window).toInstant();
        }
    }

    /**
     * DSA Art. 17(3)(f): the routes besides the internal appeal, quoted word for word in every
     * notice (the Transparency Database has no field for them).
     *
     * @param outOfCourt certified out-of-court dispute settlement (Art. 21)
     * @param court      judicial redress
     */
    public record Redress(String outOfCourt, String court) {
        static final int MAX_LENGTH = 2000;

        public Redress {
            outOfCourt = text("redress.outOfCourt", outOfCourt);
            court = text("redress.court", court);
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > Redress.MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be 1 to " + Redress.MAX_LENGTH + " characters");
        }
        return value.strip();
    }

    private static void within(String field, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
        }
    }
}
