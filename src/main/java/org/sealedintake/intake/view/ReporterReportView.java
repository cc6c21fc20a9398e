package org.sealedintake.intake.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a reporter ever receives about their own report (policies/role-views.yaml, view
 * {@code reporter-report}). No identity, contact handles or indexes: those are sealed even from
 * their owner.
 */
public record ReporterReportView(
        UUID id,
        String status,
        String category,
        String targetContentRef,
        String targetAccount,
        String description,
        boolean involvesMinor,
        VictimView victim,
        List<AttachmentView> attachments,
        Instant receivedAt,
        Instant acknowledgedAt,
        Instant acknowledgeBy,
        Instant feedbackBy) {

    public record VictimView(String type, String account) {
    }

    public record AttachmentView(UUID id, String mediaType, long sizeBytes, int width, int height) {
    }
}
