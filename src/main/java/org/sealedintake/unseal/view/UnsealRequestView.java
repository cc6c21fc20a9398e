package org.sealedintake.unseal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an auditor (own requests) or an approver (requests filed by others) sees of an unseal
 * request. It holds no identity: that only ever leaves through an execution.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnsealRequestView(UUID id, UUID reportId, String requestedBy, String legalBasis, String reference,
        String justification, String status, Instant createdAt, int requiredApprovals, List<DecisionView> decisions,
        Instant approvedAt, Instant expiresAt, String rejectionReason, Instant executedAt,
        DeferralView disclosureDeferral) {

    /** One approver's decision (subject, decision, time). */
    public record DecisionView(String approver, String decision, Instant decidedAt) {
    }

    /** Until when the reporter is not told, and why. */
    public record DeferralView(String reason, Instant until) {
    }
}
