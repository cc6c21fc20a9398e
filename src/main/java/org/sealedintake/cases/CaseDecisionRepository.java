package org.sealedintake.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CaseDecisionRepository implements PanacheRepositoryBase<CaseDecision, UUID> {
    /** How many earlier decisions a case view lists. */
    static final int HISTORY = 20;

    Optional<CaseDecision> latestOf(UUID caseId) {
        return find("caseId = ?1 order by decidedAt desc, id", caseId).firstResultOptional();
    }

    /** Decisions on this case and on anything else of the same owner, newest first. */
    List<CaseDecision> historyOf(UUID caseId, String owner) {
        if (owner == null) {
            return find("caseId = ?1 order by decidedAt desc, id", caseId).page(0, HISTORY).list();
        }
        return find("caseId = ?1 or targetOwner = ?2 order by decidedAt desc, id", caseId, owner).page(0, HISTORY).list();
    }
}
