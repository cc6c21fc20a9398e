package org.sealedintake.notices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What notices and appeals need to know about cases; implemented by the cases feature. */
public interface CaseDirectory {
    /** The reports of a case (for the guard's fingerprints and for messages to its reporters). */
    List<UUID> reportIdsOf(UUID caseId);

    /** The latest decision on the case a report belongs to, if it was decided. */
    Optional<DecisionRef> latestDecisionOfReport(UUID reportId);

    /** A decision as appeals see it: where it was made, by whom, and what it did. */
    record DecisionRef(UUID caseId, UUID decisionId, String decidedBy, String action, String contentRef,
            String ownerAccountId) {
    }
}
