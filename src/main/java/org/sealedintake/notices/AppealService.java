package org.sealedintake.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageView;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Caller;
import org.sealedintake.intake.ModeratorTextScrubber;
import org.sealedintake.intake.Reports;
import org.sealedintake.intake.message.MessageKind;
import org.sealedintake.intake.message.ReportMessageService;
import org.sealedintake.notices.view.AppealView;
import org.sealedintake.notices.view.CreatorNoticeView;
import org.sealedintake.notices.view.ReporterAppealView;
import org.sealedintake.redaction.Redactor;

/**
 * Appeals (DSA Art. 20): the creator appeals a decision notice within its window; a reporter appeals a
 * "no action" decision on their report. A senior moderator who did not make the decision decides; the
 * outcome reaches the creator as a notice (through the guard) and the reporters as a message under
 * their reports. Appeal views hide the reporter exactly as the first round does.
 */
@ApplicationScoped
@Transactional
public class AppealService {
    /** Audit actor of a creator's own actions: no account id enters the log. */
    static final String CREATOR_OF_CONTENT = "creator-of-content";

    private final AppealRepository appeals;
    private final NoticeService notices;
    private final CaseDirectory cases;
    private final Reports reports;
    private final ReportMessageService messages;
    private final ModeratorTextScrubber scrubber;
    private final NoticeTerms terms;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Event<AppealEvents.Filed> filed;
    private final Event<AppealEvents.Decided> decided;
    private final Clock clock;
    private final Redactor redactor = new Redactor();

    AppealService(AppealRepository appeals, NoticeService notices, CaseDirectory cases, Reports reports,
            ReportMessageService messages, ModeratorTextScrubber scrubber, NoticeTerms terms,
            DataCipher cipher, AuditLog audit, Event<AppealEvents.Filed> filed, Event<AppealEvents.Decided> decided,
            Clock clock) {
        this.appeals = appeals;
        this.notices = notices;
        this.cases = cases;
        this.reports = reports;
        this.messages = messages;
        this.scrubber = scrubber;
        this.terms = terms;
        this.cipher = cipher;
        this.audit = audit;
        this.filed = filed;
        this.decided = decided;
        this.clock = clock;
    }

    /** The creator appeals the decision of one of their released notices, once, before its deadline. */
    public Optional<CreatorNoticeView> appealByCreator(String account, UUID noticeId, String grounds) {
        Optional<Notice> found = notices.releasedOf(account, noticeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Notice n = found.get();
        Instant now = clock.instant();
        if (n.kind != NoticeKind.DECISION || n.appealBy == null || now.isAfter(n.appealBy)
                || appeals.existsForNotice(n.id)) {
            throw NoticeProblems.notAppealable();
        }
        Appeal a = newAppeal(n.caseId, n.decisionId, n.decidedBy, Appeal.CREATOR, grounds, now);
        a.noticeId = n.id;
        appeals.persist(a);
        audit.record(CREATOR_OF_CONTENT, AuditActions.APPEAL_FILED, "appeal", a.id, Appeal.CREATOR);
        filed.fire(new AppealEvents.Filed(a.caseId, a.id, a.decisionId));
        return notices.own(account, noticeId);
    }

    /** A reporter appeals "no action" on their own report; 404 for someone else's report alike. */
    public Optional<ReporterAppealView> appealByReporter(Caller caller, UUID reportId, String grounds) {
        if (!reports.isOwnedBy(caller, reportId)) {
            return Optional.empty();
        }
        CaseDirectory.DecisionRef d = cases.latestDecisionOfReport(reportId)
                .filter(ref -> "NO_ACTION".equals(ref.action()))
                .orElseThrow(NoticeProblems::notAppealable);
        if (appeals.existsForReportDecision(reportId, d.decisionId())) {
            throw NoticeProblems.notAppealable();
        }
        Appeal a = newAppeal(d.caseId(), d.decisionId(), d.decidedBy(), Appeal.REPORTER,
                scrubber.scrubReply(caller, grounds), clock.instant());
        a.reportId = reportId;
        appeals.persist(a);
        audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.APPEAL_FILED, "appeal", a.id, Appeal.REPORTER);
        filed.fire(new AppealEvents.Filed(a.caseId, a.id, a.decisionId));
        return Optional.of(new ReporterAppealView(a.id, a.status, a.filedAt, a.outcome));
    }

    /** The reporter's latest appeal on their own report. */
    public Optional<ReporterAppealView> ofOwnReport(Caller caller, UUID reportId) {
        if (!reports.isOwnedBy(caller, reportId)) {
            return Optional.empty();
        }
        return appeals.ofReport(reportId).map(a -> new ReporterAppealView(a.id, a.status, a.filedAt, a.outcome));
    }

    /** Open appeals of decisions the caller did not make; each read is audited. */
    public PageView<AppealView> openFor(String staff, int page, int size) {
        List<AppealView> items = appeals.openFor(staff, page, size).stream().map(a -> {
            audit.record(staff, AuditActions.APPEAL_READ, "appeal", a.id, null);
            return view(a);
        }).toList();
        return new PageView<>(items, page, size, appeals.countOpenFor(staff));
    }

    /** A senior moderator other than the decision's author decides the appeal. */
    public AppealView decide(String staff, UUID appealId, DecideAppealRequest.Outcome outcome, String explanation) {
        Appeal a = appeals.findByIdOptional(appealId).orElseThrow(ApiProblem::notFound);
        if (a.decidedBy.equals(staff)) {
            // Listed only to others; answering as if absent tells the author nothing new either.
            throw ApiProblem.notFound();
        }
        if (!Appeal.OPEN.equals(a.status)) {
            throw new ApiProblem(409, "appeal-decided", "Appeal already decided", "This appeal has an outcome already.");
        }
        List<UUID> caseReports = cases.reportIdsOf(a.caseId);
        Instant now = clock.instant();
        a.status = Appeal.DECIDED;
        a.outcome = outcome.name();
        a.outcomeBy = staff;
        a.outcomeAt = now;
        a.outcomeText = cipher.encrypt(explanation.getBytes(StandardCharsets.UTF_8), AssociatedData.appealText(a.id, "outcome"));
        if (Appeal.CREATOR.equals(a.appellant)) {
            Notice original = notices.releasedNotice(a.noticeId);
            NoticeContent was = notices.contentOf(original);
            notices.issue(new NoticeService.NoticeDraft(a.caseId, original.recipientAccount, NoticeKind.APPEAL_OUTCOME,
                    a.decisionId, a.outcomeBy, new NoticeContent(was.contentRef(), was.restriction(), was.territorialScope(),
                            was.restrictionEndsOn(), null, was.ground(), was.legalGround(), explanation, false,
                            "NOT_AUTOMATED", null, outcome.name(), terms.redress()),
                    now, caseReports));
        }
        List<UUID> told = Appeal.REPORTER.equals(a.appellant) ? List.of(a.reportId) : caseReports;
        messages.tellOutcome(staff, told, MessageKind.APPEAL_OUTCOME, outcome == DecideAppealRequest.Outcome.UPHELD
                ? "The decision on the content you reported was reviewed on appeal by another moderator and upheld."
                : "The decision on the content you reported was reviewed on appeal by another moderator and reversed; "
                        + "the case is decided again.");
        audit.record(staff, AuditActions.APPEAL_DECIDED, "appeal", a.id, outcome.name());
        decided.fire(new AppealEvents.Decided(a.caseId, a.id, a.decisionId, a.appellant, a.outcome));
        return view(a);
    }

    private Appeal newAppeal(UUID caseId, UUID decisionId, String decidedBy, String appellant, String grounds, Instant now) {
        Appeal a = new Appeal();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.decisionId = decisionId;
        a.decidedBy = decidedBy;
        a.appellant = appellant;
        a.status = Appeal.OPEN;
        a.filedAt = now;
        a.grounds = cipher.encrypt(grounds.getBytes(StandardCharsets.UTF_8), AssociatedData.appealText(a.id, "grounds"));
        return a;
    }

    private AppealView view(Appeal a) {
        String grounds = new String(cipher.decrypt(a.grounds, AssociatedData.appealText(a.id, "grounds")), StandardCharsets.UTF_8);
        return new AppealView(a.id, a.caseId, a.appellant, redactor.redact(grounds), a.status, a.filedAt, a.outcome, a.outcomeAt);
    }
}
