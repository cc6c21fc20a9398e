package org.sealedintake.intake.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a reporter ever receives about their own report (policies/role-views.yaml, view
 * {@code reporter-report}). No identity, contact handles or indexes: those are sealed even from
 * their owner.
 */
@Schema(requiredProperties = { "id", "status", "category", "targetContentRef", "targetAccount", "description",
        "involvesMinor", "victim", "attachments", "receivedAt", "acknowledgedAt", "acknowledgeBy", "feedbackBy", "outcomeAction", "outcomeDecidedOn" })
public record ReporterReportView(
        UUID id,
        String status,
        String category,
        String targetContentRef,
        @Schema(nullable = true) String targetAccount,
        String description,
        boolean involvesMinor,
        VictimView victim,
        List<AttachmentView> attachments,
        Instant receivedAt,
        Instant acknowledgedAt,
        Instant acknowledgeBy,
        Instant feedbackBy,
        @Schema(nullable = true, description = "The outcome summary: the action decided on the report's case; null until decided.")
        String outcomeAction,
        @Schema(implementation = String.class, format = "date", nullable = true, description = "The day the report's case was decided (no time, no decision details).")
        java.time.LocalDate outcomeDecidedOn) {

    @Schema(requiredProperties = { "type", "account" })
    public record VictimView(String type, @Schema(nullable = true, description = "Only with type OTHER.") String account) {
    }

    @Schema(requiredProperties = { "id", "mediaType", "sizeBytes", "width", "height" })
    public record AttachmentView(UUID id, String mediaType, long sizeBytes, int width, int height) {
    }
}
