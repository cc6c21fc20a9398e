package org.sealedintake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.notices.AppealEvents;
import org.sealedintake.notices.CaseDirectory;

/**
 * What notices and appeals learn of cases, and how appeals move a case: filed, the case is APPEALED;
 * upheld, CLOSED; reversed, back in the queue (IN_REVIEW, unclaimed) to be decided again, which makes
 * a new decision with its own notice and restriction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseLinks implements CaseDirectory {
    private final CaseRepository cases;
    private final CaseReportRepository members;
    private final CaseDecisionRepository decisions;
    private final org.sealedintake.outbox.Outbox outbox;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    CaseLinks(CaseRepository cases, CaseReportRepository members, CaseDecisionRepository decisions,
            org.sealedintake.outbox.Outbox outbox, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
        this.cases = cases;
        this.members = members;
        this.decisions = decisions;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> reportIdsOf(UUID caseId) {
        return members.reportIdsOf(caseId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DecisionRef> latestDecisionOfReport(UUID reportId) {
        return members.find("reportId", reportId).firstResultOptional()
                .flatMap(member -> decisions.latestOf(member.caseId))
                .map(d -> new DecisionRef(d.caseId, d.id, d.decidedBy, d.action.name(), d.canonicalRef, d.targetOwner));
    }

    void onAppealFiled(@Observes AppealEvents.Filed filed) {
        cases.lock(filed.caseId()).ifPresent(c -> {
            if (c.status == CaseStatus.DECIDED || c.status == CaseStatus.CLOSED) {
                c.status = CaseStatus.APPEALED;
            }
        });
    }

    void onAppealDecided(@Observes AppealEvents.Decided decided) {
        cases.lock(decided.caseId()).ifPresent(c -> {
            if ("REVERSED".equals(decided.outcome())) {
                if ("CREATOR".equals(decided.appellant())) {
                    // The creator won: the platform lifts the restriction now (the creator asked; no timing to hide).
                    java.util.Map<String, Object> lift = new java.util.LinkedHashMap<>();
                    lift.put("liftsDecisionId", decided.decisionId().toString());
                    lift.put("contentRef", c.canonicalRef);
                    lift.put("ownerAccountId", c.targetOwner);
                    outbox.enqueue(org.sealedintake.outbox.OutboxKind.ENFORCEMENT, CaseDecisions.ENFORCEMENT_DESTINATION,
                            "lift:" + decided.appealId(), write(lift), null);
                }
                c.status = CaseStatus.IN_REVIEW;
                c.assignee = null;
                c.claimExpiresAt = null;
            } else if (c.status == CaseStatus.APPEALED) {
                c.status = CaseStatus.CLOSED;
            }
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("enforcement message could not be serialised");
        }
    }
}
