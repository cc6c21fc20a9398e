package org.sealedintake.cases;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sealedintake.intake.Category;

/**
 * Priority and SLA rules of cases, from {@code policies/cases.yaml} (docs/cases.md). The constructor
 * refuses values that would leave a category without an SLA or let a minor's intimate images wait
 * longer than an hour; each message names the field.
 *
 * <p>Levels, served in this order: a band (0 a minor is involved, 1 a severe category, 2 the rest),
 * each split in two: raised (enough distinct reporters, or a trusted flagger) before not raised.
 * So the plain level is {@code band * 2 + (raised ? 0 : 1)}, 0 to {@value #LEVELS} - 1.
 */
public record CasePolicy(Integer version, List<Category> severeCategories, Integer raiseAtDistinctReporters,
        Boolean trustedFlaggerRaises, Map<Category, Sla> sla) {
    public static final int LEVELS = 6;
    /** The longest a minor's intimate-image case may wait (issue 8). */
    static final Duration MINOR_INTIMATE_IMAGES_MAX = Duration.ofHours(1);

    public CasePolicy {
        if (version == null || version != 1) {
            throw new IllegalArgumentException("version must be 1");
        }
        if (severeCategories == null) {
            throw new IllegalArgumentException("severeCategories is required");
        }
        severeCategories = List.copyOf(severeCategories);
        if (raiseAtDistinctReporters == null || raiseAtDistinctReporters < 2 || raiseAtDistinctReporters > ReporterState.MAX_TAGS) {
            throw new IllegalArgumentException("raiseAtDistinctReporters must be 2 to " + ReporterState.MAX_TAGS);
        }
        if (trustedFlaggerRaises == null) {
            throw new IllegalArgumentException("trustedFlaggerRaises is required (true or false)");
        }
        if (sla == null) {
            throw new IllegalArgumentException("sla is required");
        }
        Set<Category> missing = EnumSet.allOf(Category.class);
        missing.removeAll(sla.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("sla has no entry for " + missing);
        }
        sla = Map.copyOf(sla);
        Sla intimate = sla.get(Category.INTIMATE_IMAGES);
        if (intimate.minor().compareTo(MINOR_INTIMATE_IMAGES_MAX) > 0) {
            throw new IllegalArgumentException("sla.INTIMATE_IMAGES.minor must be at most PT1H");
        }
    }

    /** How long a category may wait, with and without a minor involved. */
    public record Sla(Duration adult, Duration minor) {
        public Sla {
            if (adult == null || minor == null || adult.isNegative() || adult.isZero() || minor.isNegative()
                    || minor.isZero()) {
                throw new IllegalArgumentException("sla entries need adult and minor durations above zero");
            }
            if (minor.compareTo(adult) > 0) {
                throw new IllegalArgumentException("sla minor must not be longer than adult");
            }
        }
    }

    /** The band of one report: 0 a minor is involved, 1 a severe category, 2 the rest. */
    public int band(Category category, boolean involvesMinor) {
        return involvesMinor ? 0 : severeCategories.contains(category) ? 1 : 2;
    }

    /** The SLA of one report. */
    public Duration slaOf(Category category, boolean involvesMinor) {
        Sla s = sla.get(category);
        return involvesMinor ? s.minor() : s.adult();
    }

    /** The plain level of a case from its (encrypted) reporter state. */
    public int level(ReporterState state) {
        boolean raised = state.distinctReporters() >= raiseAtDistinctReporters
                || (trustedFlaggerRaises && state.trustedFlaggerReports() > 0);
        return state.band() * 2 + (raised ? 0 : 1);
    }
}
