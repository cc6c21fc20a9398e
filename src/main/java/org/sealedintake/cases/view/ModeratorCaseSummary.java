package org.sealedintake.cases.view;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the case queue, and the answer to claim, release and escalate (policies/role-views.yaml,
 * views {@code moderator-case-summary}, ...). Nothing about who reported.
 */
@Schema(requiredProperties = { "id", "targetRef", "kind", "status", "priorityLevel", "dueAt", "overdue", "audience",
        "assignee", "claimExpiresAt" })
public record ModeratorCaseSummary(
        UUID id,
        @Schema(description = "The platform's canonical reference of the target, e.g. post:123 or account:pa-1.") String targetRef,
        @Schema(enumeration = { "CONTENT", "ACCOUNT" }) String kind,
        @Schema(enumeration = { "NEW", "IN_REVIEW", "DECIDED", "APPEALED", "CLOSED" }) String status,
        @Schema(description = "0 is served first (docs/cases.md).") int priorityLevel,
        Instant dueAt,
        boolean overdue,
        @Schema(enumeration = { "MODERATOR", "SENIOR_MODERATOR", "CHILD_SAFETY" }) String audience,
        @Schema(nullable = true, description = "Subject of the moderator holding a claim.") String assignee,
        @Schema(implementation = String.class, format = "date-time", nullable = true) Instant claimExpiresAt) {
}
