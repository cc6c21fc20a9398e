package org.sealedintake.cases.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision as moderators see it (policies/role-views.yaml, view {@code moderator-case-decision}, ...). */
@Schema(requiredProperties = { "id", "caseId", "targetRef", "targetOwner", "action", "ground", "legalGround", "facts",
        "explanation", "statementCategory", "durationDays", "territorialScope", "automatedDetection", "automation",
        "blockReRegistration", "decidedBy", "decidedAt" })
public record CaseDecisionView(
        UUID id,
        UUID caseId,
        String targetRef,
        String targetOwner,
        String action,
        @Schema(nullable = true) String ground,
        String legalGround,
        String facts,
        String explanation,
        String statementCategory,
        @Schema(nullable = true, description = "Null: indefinite.") Integer durationDays,
        List<String> territorialScope,
        boolean automatedDetection,
        String automation,
        boolean blockReRegistration,
        String decidedBy,
        Instant decidedAt) {
}
