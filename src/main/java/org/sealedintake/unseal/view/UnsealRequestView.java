package org.sealedintake.unseal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an auditor (own requests) or an approver (requests filed by others) sees of an unseal
 * request. It holds no identity: that only ever leaves through an execution.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Members without a value are left out.", requiredProperties = { "id", "reportId", "requestedBy",
        "legalBasis", "reference", "justification", "status", "createdAt", "requiredApprovals", "decisions" })
public record UnsealRequestView(UUID id, UUID reportId, String requestedBy, String legalBasis, String reference,
        String justification, String status, Instant createdAt, int requiredApprovals, List<DecisionView> decisions,
        Instant approvedAt, Instant expiresAt, String rejectionReason, Instant executedAt,
        DeferralView disclosureDeferral) {

    /** One approver's decision (subject, decision, time). */
    @Schema(requiredProperties = { "approver", "decision", "decidedAt" })
    public record DecisionView(String approver, String decision, Instant decidedAt) {
    }

    /** Until when the reporter is not told, and why. */
    @Schema(requiredProperties = { "reason", "until" })
    public record DeferralView(String reason, Instant until) {
    }
}
