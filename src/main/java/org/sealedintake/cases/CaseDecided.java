package org.sealedintake.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sealedintake.intake.Category;

/**
 * Fired (synchronously, inside the decision's transaction) when a case is decided. Notices observe it
 * and release, together and at one decorrelated instant, what tells the creator or the public: the
 * restriction for the platform ({@link #enforcementJson}), the creator's notice and the DSA statement.
 * The report facts here feed the release timing only and are never written anywhere.
 */
public record CaseDecided(
        CaseDecisions.DecisionRecord decision,
        String enforcementJson,
        List<UUID> reportIds,
        Instant latestReportAt,
        int distinctReporters,
        boolean trustedFlaggerReported,
        Set<Category> categories,
        boolean minorInvolved) {

    @Override
    public String toString() {
        return "CaseDecided[" + decision.id() + "]";
    }
}
