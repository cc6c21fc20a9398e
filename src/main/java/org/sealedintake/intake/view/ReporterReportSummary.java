package org.sealedintake.intake.view;

import java.time.Instant;
import java.util.UUID;

/** One line of "my reports" (policies/role-views.yaml, view {@code reporter-report-summary}). */
public record ReporterReportSummary(UUID id, String status, String category, String targetContentRef,
        Instant receivedAt, Instant feedbackBy) {
}
