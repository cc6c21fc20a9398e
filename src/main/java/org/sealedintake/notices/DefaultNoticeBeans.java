package org.sealedintake.notices;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.redaction.Redactor;

/**
 * Conservative stand-ins, replaced by the features that own each concern: the generic personal-data
 * detectors as the guard, and no cases.
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
}
