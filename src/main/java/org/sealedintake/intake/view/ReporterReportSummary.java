package org.sealedintake.intake.view;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of "my reports" (policies/role-views.yaml, view {@code reporter-report-summary}). */
@Schema(requiredProperties = { "id", "status", "category", "targetContentRef", "receivedAt", "feedbackBy" })
public record ReporterReportSummary(UUID id, String status, String category, String targetContentRef,
        Instant receivedAt, Instant feedbackBy) {
}
