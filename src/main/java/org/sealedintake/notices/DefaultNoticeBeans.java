package org.sealedintake.notices;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.redaction.Redactor;

/**
 * Conservative stand-ins, replaced by the features that own each concern: the generic personal-data
 * detectors as the guard, no cases, a six-month window and immediate release.
 */
@ApplicationScoped
class DefaultNoticeBeans {

    @Produces
    @DefaultBean
    @ApplicationScoped
    CreatorTextGuard detectorsOnlyGuard() {
        Redactor redactor = new Redactor();
        return (String text, Collection<UUID> caseReportIds) -> {
            if (!redactor.findings(text, List.of()).isEmpty()) {
                throw NoticeProblems.personalData();
            }
        };
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    CaseDirectory noCases() {
        return new CaseDirectory() {
            @Override
            public List<UUID> reportIdsOf(UUID caseId) {
                return List.of();
            }

            @Override
            public Optional<DecisionRef> latestDecisionOfReport(UUID reportId) {
                return Optional.empty();
            }
        };
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    NoticeTerms sixMonthsImmediate(Clock clock) {
        return new NoticeTerms() {
            @Override
            public Duration appealWindow() {
                return Duration.ofDays(183);
            }

            @Override
            public List<String> redress() {
                return List.of("Out-of-court dispute settlement by a certified body (DSA Art. 21).",
                        "Judicial redress before the competent court.");
            }

            @Override
            public Instant releaseAt(String account, UUID caseId, boolean urgent) {
                return clock.instant();
            }
        };
    }
}
