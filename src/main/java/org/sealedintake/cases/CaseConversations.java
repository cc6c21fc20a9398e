package org.sealedintake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.cases.view.CaseConversationView;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Reports;
import org.sealedintake.intake.message.ReportMessageService;
import org.sealedintake.notices.CreatorTextExit;
import org.sealedintake.notices.DecisionRelease;
import org.sealedintake.notices.NoticeService;
import org.sealedintake.redaction.guard.LeakGuard;

/**
 * A case's two conversations, kept apart: questions to its reporters (answered under their reports)
 * and verification requests to its creator (answered under the notice). Neither side ever reads the
 * other's words; what goes to the creator leaves through the leak guard and the release timing.
 */
@ApplicationScoped
@Transactional
public class CaseConversations {
    private final CaseRepository cases;
    private final CaseReportRepository members;
    private final Reports reports;
    private final ReportMessageService messages;
    private final NoticeService notices;
    private final DecisionRelease releases;
    private final CreatorTextExit exit;
    private final LeakGuard guard;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    CaseConversations(CaseRepository cases, CaseReportRepository members, Reports reports, ReportMessageService messages,
            NoticeService notices, DecisionRelease releases, CreatorTextExit exit, LeakGuard guard, DataCipher cipher,
            AuditLog audit, Clock clock) {
        this.cases = cases;
        this.members = members;
        this.reports = reports;
        this.messages = messages;
        this.notices = notices;
        this.releases = releases;
        this.exit = exit;
        this.guard = guard;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The conversation of a case the moderator may see; the read is audited. */
    public CaseConversationView read(Moderator m, UUID caseId) {
        ModerationCase c = visible(m, caseId);
        audit.record(m.subject(), AuditActions.CASE_CONVERSATION_READ, "case", c.id, null);
        return view(c);
    }

    /** A question to every reporter of the case, under each report. */
    public CaseConversationView askReporters(Moderator m, UUID caseId, String text) {
        ModerationCase c = visible(m, caseId);
        messages.ask(m.subject(), members.reportIdsOf(c.id), text);
        return view(c);
    }

    /** A verification request to the creator: only the claimant, only once the platform named the owner. */
    public CaseConversationView askCreator(Moderator m, UUID caseId, String text) {
        Instant now = clock.instant();
        ModerationCase c = cases.lock(caseId).filter(m::maySee).orElseThrow(CaseProblems::notFound);
        if (!c.status.open()) {
            throw CaseProblems.notOpen();
        }
        if (!c.claimedBy(m.subject(), now)) {
            throw CaseProblems.claimRequired();
        }
        if (c.targetOwner == null) {
            throw CaseProblems.ownerUnknown();
        }
        List<UUID> reportIds = members.reportIdsOf(c.id);
        if (!m.senior() && !guard.selfTestsPassed(reportIds)) {
            throw CaseProblems.seniorReviewRequired();
        }
        CaseFacts facts = CaseFacts.of(c, reportIds, reports, cipher, now);
        UUID noticeId = releases.sendVerificationRequest(m.subject(), c.id, c.targetOwner, c.canonicalRef, text, reportIds,
                facts.latestReportAt(), facts.distinctReporters(), facts.categories(), facts.minorInvolved());
        audit.record(m.subject(), AuditActions.CASE_VERIFICATION_REQUESTED, "notice", noticeId, null);
        return view(c);
    }

    private CaseConversationView view(ModerationCase c) {
        List<UUID> reportIds = members.reportIdsOf(c.id);
        List<CaseConversationView.VerificationView> asked = notices.verificationsOf(c.id).stream()
                .map(v -> new CaseConversationView.VerificationView(v.noticeId(), v.question(), v.releaseAt(), v.response(),
                        v.respondedAt()))
                .toList();
        return new CaseConversationView(c.id, messages.forModerators(reportIds), asked, guard.selfTestsPassed(reportIds),
                exit.refusalsOn(c.id));
    }

    private ModerationCase visible(Moderator m, UUID id) {
        return cases.findByIdOptional(id).filter(m::maySee).orElseThrow(CaseProblems::notFound);
    }
}
