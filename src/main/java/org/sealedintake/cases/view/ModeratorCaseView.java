package org.sealedintake.cases.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a moderator (senior moderator, child-safety moderator) ever receives about a case
 * (policies/role-views.yaml, view {@code moderator-case}, ...): the target, the captured evidence,
 * every report with its redacted text, stripped attachments as blurred previews, notes and the target's
 * decisions. Never a reporter field, an ownership proof or a reporter tag.
 */
@Schema(requiredProperties = { "id", "targetRef", "kind", "targetOwner", "status", "priorityLevel", "dueAt", "overdue",
        "audience", "assignee", "claimExpiresAt", "evidence", "reports", "attachments", "notes", "decisions" })
public record ModeratorCaseView(
        UUID id,
        String targetRef,
        String kind,
        @Schema(nullable = true, description = "Named by the platform; null while evidence capture is pending.") String targetOwner,
        String status,
        int priorityLevel,
        Instant dueAt,
        boolean overdue,
        String audience,
        @Schema(nullable = true) String assignee,
        @Schema(implementation = String.class, format = "date-time", nullable = true) Instant claimExpiresAt,
        EvidenceView evidence,
        List<ReportView> reports,
        List<AttachmentView> attachments,
        List<CaseNoteView> notes,
        List<DecisionSummary> decisions) {

    /** The captured item: CAPTURE_PENDING until the platform has answered. */
    @Schema(requiredProperties = { "status", "capturedAt", "sha256", "mediaType", "sizeBytes" })
    public record EvidenceView(
            @Schema(enumeration = { "CAPTURE_PENDING", "CAPTURED", "NOT_FOUND", "FAILED" }) String status,
            @Schema(implementation = String.class, format = "date-time", nullable = true) Instant capturedAt,
            @Schema(nullable = true) String sha256,
            @Schema(nullable = true) String mediaType,
            @Schema(nullable = true) Long sizeBytes) {
    }

    /** One report of the case: its text redacted (the reporter's own identifiers as [REPORTER]). */
    @Schema(requiredProperties = { "id", "category", "involvesMinor", "receivedAt", "status", "text" })
    public record ReportView(UUID id, String category, boolean involvesMinor, Instant receivedAt, String status,
            @Schema(nullable = true, description = "Null for reports filed before redaction existed.") String text) {
    }

    /** An image of a report: the blurred preview inline; the stripped copy at .../attachments/{id}. */
    @Schema(requiredProperties = { "id", "reportId", "mediaType", "sizeBytes", "width", "height", "preview" })
    public record AttachmentView(UUID id, UUID reportId, String mediaType, long sizeBytes, int width, int height,
            @Schema(nullable = true, description = "Blurred preview, base64 (standard alphabet).") String preview) {
    }

    /** A decision about the target (this case, or earlier cases of the same owner). */
    @Schema(requiredProperties = { "id", "caseId", "targetRef", "action", "ground", "statementCategory", "durationDays", "decidedAt" })
    public record DecisionSummary(UUID id, UUID caseId, String targetRef, String action, @Schema(nullable = true) String ground,
            String statementCategory, @Schema(nullable = true) Integer durationDays, Instant decidedAt) {
    }
}
