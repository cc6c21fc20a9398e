package org.sealedintake.unseal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageView;
import org.sealedintake.intake.Reports;
import org.sealedintake.unseal.view.UnsealRequestView;

/**
 * Filing, reading and deciding unseal requests under dual control (threat T4): an approver is never
 * the requester (by token subject), each approver decides once, and the policy sets how many
 * approvals a request needs. Every state change is an audit event in the same transaction; every
 * refused attempt is recorded on its own. Decisions are signed ({@link ApprovalEvidence}) with a key
 * only the unseal executor holds, so approve and reject are served where execute is (modes all and
 * executor); mode api answers 503.
 */
@ApplicationScoped
@Transactional
public class UnsealService {
    private final UnsealRequestRepository requests;
    private final UnsealDecisionRepository decisions;
    private final Reports reports;
    private final UnsealPolicy policy;
    private final StepUpCheck stepUp;
    private final UnsealRefusals refusals;
    private final ApprovalEvidence evidence;
    private final AuditLog audit;
    private final Clock clock;

    UnsealService(UnsealRequestRepository requests, UnsealDecisionRepository decisions, Reports reports,
            UnsealPolicy policy, StepUpCheck stepUp, UnsealRefusals refusals, ApprovalEvidence evidence, AuditLog audit,
            Clock clock) {
        this.evidence = evidence;
        this.requests = requests;
        this.decisions = decisions;
        this.reports = reports;
        this.policy = policy;
        this.stepUp = stepUp;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    UnsealRequestView create(Staff staff, CreateUnsealRequest body) {
        if (body.justification().strip().length() < policy.minJustificationLength()) {
            throw refusals.refuse(staff.subject(), AuditActions.UNSEAL_REQUEST, body.reportId(), new ApiProblem(400,
                    "justification-too-short", "Justification too short",
                    "The justification must have at least " + policy.minJustificationLength() + " characters."));
        }
        if (!reports.exists(body.reportId())) {
            throw refusals.refuse(staff.subject(), AuditActions.UNSEAL_REQUEST, body.reportId(), ApiProblem.notFound());
        }
        UnsealRequest r = new UnsealRequest();
        r.id = UUID.randomUUID();
        r.reportId = body.reportId();
        r.requesterSubject = staff.subject();
        r.legalBasis = body.legalBasis();
        r.reference = body.reference().strip();
        r.justification = body.justification().strip();
        r.status = UnsealStatus.PENDING;
        r.createdAt = now();
        requests.persist(r);
        audit.record(staff.subject(), AuditActions.UNSEAL_REQUEST, UnsealRefusals.OBJECT_TYPE, r.id, purpose(r));
        return view(r);
    }

    PageView<UnsealRequestView> list(Staff staff, int page, int size) {
        List<UnsealRequestView> items = requests.pageVisible(staff.subject(), staff.approver(), page, size).stream()
                .map(this::view).toList();
        return new PageView<>(items, page, size, requests.countVisible(staff.subject(), staff.approver()));
    }

    Optional<UnsealRequestView> get(Staff staff, UUID id) {
        return requests.findByIdOptional(id).filter(r -> visible(staff, r)).map(this::view);
    }

    UnsealRequestView approve(Staff staff, UUID id, ApproveUnsealRequest body) {
        requireSigner(staff, id, AuditActions.UNSEAL_APPROVE);
        UnsealRequest r = decidable(staff, id, AuditActions.UNSEAL_APPROVE);
        stepUp.shortfall(staff).ifPresent(reason -> {
            throw refusals.refuse(staff.subject(), AuditActions.UNSEAL_APPROVE, id, StepUpProblem.of(reason, stepUp.rule()), reason);
        });
        Instant now = now();
        ApproveUnsealRequest.DisclosureDeferral deferral = body == null ? null : body.disclosureDeferral();
        if (deferral != null) {
            if (!deferral.until().isAfter(now) || deferral.until().isAfter(now.plus(policy.maxDisclosureDeferral()))) {
                throw refusals.refuse(staff.subject(), AuditActions.UNSEAL_APPROVE, id, new ApiProblem(400,
                        "deferral-out-of-range", "Deferral out of range",
                        "disclosureDeferral.until must be in the future and within " + policy.maxDisclosureDeferral() + "."));
            }
            if (r.deferredUntil == null || deferral.until().isAfter(r.deferredUntil)) {
                r.deferralReason = deferral.reason().strip();
                r.deferredUntil = deferral.until();
            }
        }
        decide(r, staff, UnsealDecision.Kind.APPROVED, now);
        if (decisions.approvals(id) >= policy.requiredApprovals()) {
            r.status = UnsealStatus.APPROVED;
            r.approvedAt = now;
            // The earliest signed deadline: the executor refuses once any counted approval has lapsed.
            r.expiresAt = decisions.ofRequest(id).stream().filter(d -> d.decision == UnsealDecision.Kind.APPROVED)
                    .map(d -> d.executionDeadline).min(Instant::compareTo).orElse(now.plus(policy.executionWindow()));
            audit.record(staff.subject(), AuditActions.UNSEAL_APPROVED, UnsealRefusals.OBJECT_TYPE, id,
                    deferral == null ? purpose(r) : purpose(r) + ";disclosure-deferred");
        } else {
            audit.record(staff.subject(), AuditActions.UNSEAL_APPROVAL_RECORDED, UnsealRefusals.OBJECT_TYPE, id, purpose(r));
        }
        return view(r);
    }

    UnsealRequestView reject(Staff staff, UUID id, RejectUnsealRequest body) {
        requireSigner(staff, id, AuditActions.UNSEAL_REJECT);
        UnsealRequest r = decidable(staff, id, AuditActions.UNSEAL_REJECT);
        Instant now = now();
        decide(r, staff, UnsealDecision.Kind.REJECTED, now);
        r.status = UnsealStatus.REJECTED;
        r.rejectionReason = body.reason().strip();
        audit.record(staff.subject(), AuditActions.UNSEAL_REJECTED, UnsealRefusals.OBJECT_TYPE, id, purpose(r));
        return view(r);
    }

    /** Decisions are signed by the executor's key: an instance without it (mode api) does not take them. */
    private void requireSigner(Staff staff, UUID id, String action) {
        if (!evidence.available()) {
            throw refusals.refuse(staff.subject(), action, id, new ApiProblem(503, "executor-unavailable",
                    "Unseal decisions not served here",
                    "This instance runs in mode api and holds no approval-signing key; approvals and rejections are served by the unseal executor deployment."));
        }
    }

    /** The request, locked, if this approver may decide it now; otherwise a recorded refusal. */
    private UnsealRequest decidable(Staff staff, UUID id, String action) {
        UnsealRequest r = requests.findForUpdate(id).orElse(null);
        if (r == null || !(r.requesterSubject.equals(staff.subject()) || visible(staff, r))) {
            throw refusals.refuse(staff.subject(), action, id, ApiProblem.notFound());
        }
        if (r.requesterSubject.equals(staff.subject())) {
            throw refusals.refuse(staff.subject(), action, id, new ApiProblem(403, "self-approval-refused",
                    "Own request", "The requester of an unseal request cannot approve or reject it; another approver must."));
        }
        if (r.status != UnsealStatus.PENDING) {
            throw refusals.refuse(staff.subject(), action, id, new ApiProblem(409, "unseal-not-pending",
                    "Request already decided", "This unseal request is no longer pending."));
        }
        if (decisions.decided(id, staff.subject())) {
            throw refusals.refuse(staff.subject(), action, id, new ApiProblem(409, "already-decided",
                    "Already decided", "You have already decided on this request; another approver is needed."));
        }
        return r;
    }

    private void decide(UnsealRequest r, Staff staff, UnsealDecision.Kind kind, Instant now) {
        UnsealDecision d = new UnsealDecision();
        d.requestId = r.id;
        d.approverSubject = staff.subject();
        d.decidedAt = now;
        d.decision = kind;
        evidence.sign(r, d, now.plus(policy.executionWindow()));
        decisions.persist(d);
        decisions.flush();
    }

    /** Own requests; for approvers also those filed by others that are pending or that they decided. */
    private boolean visible(Staff staff, UnsealRequest r) {
        if (r.requesterSubject.equals(staff.subject())) {
            return staff.auditor();
        }
        return staff.approver() && (r.status == UnsealStatus.PENDING || decisions.decided(r.id, staff.subject()));
    }

    private UnsealRequestView view(UnsealRequest r) {
        List<UnsealRequestView.DecisionView> made = decisions.ofRequest(r.id).stream()
                .map(d -> new UnsealRequestView.DecisionView(d.approverSubject, d.decision.name(), d.decidedAt))
                .toList();
        return new UnsealRequestView(r.id, r.reportId, r.requesterSubject, r.legalBasis.name(), r.reference,
                r.justification, r.statusAt(now()).name(), r.createdAt, policy.requiredApprovals(), made,
                r.approvedAt, r.expiresAt, r.rejectionReason, r.executedAt,
                r.deferredUntil == null ? null : new UnsealRequestView.DeferralView(r.deferralReason, r.deferredUntil));
    }

    static String purpose(UnsealRequest r) {
        return "legal-basis:" + r.legalBasis.name();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
