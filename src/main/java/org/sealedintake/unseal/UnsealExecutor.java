package org.sealedintake.unseal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.audit.DisclosureLedger;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.crypto.IdentityOpener;
import org.sealedintake.sealing.ReporterIdentity;
import org.sealedintake.sealing.SealedIdentityVault;

/**
 * Opens one reporter identity for an approved request: by its requester, once, before it expires,
 * after a recent second-factor sign-in. Only an instance holding the private sealing keyset (modes
 * all and executor) can do it; mode api answers 503. The status change to EXECUTED, the audit
 * events and the opening share one transaction: if the events cannot be written, nothing is shown.
 *
 * <p>The request row's status is not trusted (threat T24): the signed approval evidence must hold
 * ({@link ApprovalEvidence}), and before the identity is returned a signed disclosure record is
 * written to the checkpoint target outside the database; if that fails, nothing is shown.
 */
@ApplicationScoped
@Transactional
public class UnsealExecutor {
    private final UnsealRequestRepository requests;
    private final UnsealDecisionRepository decisions;
    private final ApprovalEvidence evidence;
    private final UnsealPolicy policy;
    private final DisclosureLedger ledger;
    private final SealedIdentityVault vault;
    private final IdentityOpener opener;
    private final StepUpCheck stepUp;
    private final UnsealRefusals refusals;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    UnsealExecutor(UnsealRequestRepository requests, UnsealDecisionRepository decisions, ApprovalEvidence evidence,
            UnsealPolicy policy, DisclosureLedger ledger, SealedIdentityVault vault, IdentityOpener opener, StepUpCheck stepUp,
            UnsealRefusals refusals, AuditLog audit, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.evidence = evidence;
        this.policy = policy;
        this.ledger = ledger;
        this.vault = vault;
        this.opener = opener;
        this.stepUp = stepUp;
        this.refusals = refusals;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    ReporterIdentity execute(Staff staff, UUID id) {
        String me = staff.subject();
        if (!opener.available()) {
            throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, new ApiProblem(503, "executor-unavailable",
                    "Unseal execution not served here",
                    "This instance runs in mode api and holds no private sealing key; executions are served by the unseal executor deployment."));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        UnsealRequest r = requests.findByIdOptional(id).orElse(null);
        if (r == null || !r.requesterSubject.equals(me)) {
            throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, ApiProblem.notFound());
        }
        switch (r.statusAt(now)) {
            case PENDING -> throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, new ApiProblem(409,
                    "unseal-not-approved", "Not approved yet", "This unseal request has not been approved."));
            case REJECTED -> throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, new ApiProblem(409,
                    "unseal-rejected", "Unseal request rejected", "This unseal request was rejected; see rejectionReason."));
            case EXECUTED -> throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, alreadyExecuted());
            case EXPIRED -> throw refusals.expired(me, id, now);
            case APPROVED -> {
                // go on
            }
        }
        List<UnsealDecision> made = decisions.ofRequest(id);
        evidence.shortfall(r, made, policy.requiredApprovals(), now).ifPresent(reason -> {
            throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, new ApiProblem(403, "approval-evidence-refused",
                    "Approval evidence does not hold",
                    "The executor found too few valid signed approvals by approvers other than the requester for this request;"
                            + " nothing was disclosed."), reason);
        });
        stepUp.shortfall(staff).ifPresent(reason -> {
            throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, StepUpProblem.of(reason, stepUp.rule()), reason);
        });
        SealedIdentityVault.SealedCiphertext sealed = vault.sealedOf(r.reportId).orElseThrow(() -> refusals.refuse(me,
                AuditActions.UNSEAL_EXECUTE, id, new ApiProblem(410, "identity-gone", "Identity no longer held",
                        "The report's sealed identity no longer exists (retention).")));
        if (requests.markExecuted(id, me, now) != 1) {
            // A concurrent execution won the race: this one is the second.
            throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, alreadyExecuted());
        }
        audit.record(me, AuditActions.UNSEAL_EXECUTED, UnsealRefusals.OBJECT_TYPE, id, UnsealService.purpose(r));
        audit.record(me, AuditActions.IDENTITY_DISCLOSED, "report", r.reportId, "unseal-request:" + id);
        List<String> approvers = made.stream().filter(d -> d.decision == UnsealDecision.Kind.APPROVED)
                .map(d -> d.approverSubject).toList();
        try {
            ledger.record(id, r.reportId, me, approvers, now);
        } catch (IOException | RuntimeException e) {
            Log.warnf("Unseal request %s: disclosure record could not be written outside the database (%s); nothing disclosed",
                    id, e.getClass().getSimpleName());
            throw refusals.refuse(me, AuditActions.UNSEAL_EXECUTE, id, new ApiProblem(503, "disclosure-not-recorded",
                    "Disclosure could not be recorded", "The disclosure could not be written to the audit target outside"
                            + " the database; nothing was disclosed. Try again later."));
        }
        ReporterIdentity identity = parse(opener.open(sealed.ciphertext(), r.reportId));
        Log.infof("Unseal request %s executed", id);
        return identity;
    }

    private ReporterIdentity parse(byte[] plaintext) {
        try {
            return json.readValue(plaintext, ReporterIdentity.class);
        } catch (IOException e) {
            throw new IllegalStateException("opened identity is not readable");
        }
    }

    private static ApiProblem alreadyExecuted() {
        return new ApiProblem(409, "unseal-already-executed", "Already executed",
                "This unseal request was executed already; an identity is disclosed once per request.");
    }
}
