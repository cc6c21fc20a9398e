package org.sealedintake.intake;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 201 answer to a filed report. It is the acknowledgement: {@code acknowledgedAt} equals
 * {@code receivedAt}; {@code feedbackBy} is three calendar months later, UTC.
 */
@Schema(requiredProperties = { "reportId", "status", "receivedAt", "acknowledgedAt", "acknowledgeBy", "feedbackBy" })
public record IntakeReceipt(UUID reportId, ReportStatus status, Instant receivedAt, Instant acknowledgedAt,
        Instant acknowledgeBy, Instant feedbackBy) {

    static IntakeReceipt of(Report r) {
        return new IntakeReceipt(r.id, r.status, r.receivedAt, r.receivedAt, r.acknowledgeBy, r.feedbackBy);
    }
}
