package org.sealedintake.unseal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.ApiProblem;

/**
 * Records refused attempts in their own transaction, so the record stays although the request
 * fails and the caller's transaction rolls back. The audit purpose is the problem type, never text
 * the caller sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class UnsealRefusals {
    static final String OBJECT_TYPE = "unseal-request";

    private final AuditLog audit;
    private final UnsealRequestRepository requests;

    UnsealRefusals(AuditLog audit, UnsealRequestRepository requests) {
        this.audit = audit;
        this.requests = requests;
    }

    /** Records the refusal and returns the problem for the caller to throw. */
    public ApiProblem refuse(String actor, String action, Object requestId, ApiProblem problem) {
        return refuse(actor, action, requestId, problem, null);
    }

    /** As {@link #refuse(String, String, Object, ApiProblem)}, with a finer reason slug (ours, never input). */
    public ApiProblem refuse(String actor, String action, Object requestId, ApiProblem problem, String reason) {
        audit.recordRefusal(actor, action, OBJECT_TYPE, requestId == null ? "-" : requestId,
                reason == null ? problem.type() : problem.type() + ":" + reason);
        return problem;
    }

    /** Marks an approved request whose window has passed as expired (an event), and records the refused execution. */
    public ApiProblem expired(String actor, UUID requestId, Instant now) {
        if (requests.markExpired(requestId, now) == 1) {
            audit.record(actor, AuditActions.UNSEAL_EXPIRED, OBJECT_TYPE, requestId, "execution-window-passed");
        }
        return refuse(actor, AuditActions.UNSEAL_EXECUTE, requestId, new ApiProblem(409, "unseal-expired",
                "Unseal request expired", "The execution window of this approved request has passed; file a new request."));
    }
}
