package org.sealedintake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.cases.evidence.EvidenceService;
import org.sealedintake.cases.evidence.EvidenceSnapshot;
import org.sealedintake.cases.evidence.EvidenceStatus;
import org.sealedintake.cases.view.CaseNoteView;
import org.sealedintake.cases.view.ModeratorCaseSummary;
import org.sealedintake.cases.view.ModeratorCaseView;
import org.sealedintake.common.PageView;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Reports;

/**
 * The moderator's reads of cases and the work on them short of deciding. Every read writes its audit
 * events in the same transaction (a read whose event cannot be written fails); a case the caller may
 * not see (another audience, their own account) is answered exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class CaseService {
    private final CaseRepository cases;
    private final CaseReportRepository members;
    private final CaseNoteRepository notes;
    private final CaseDecisionRepository decisions;
    private final Reports reports;
    private final EvidenceService evidence;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final CasesConfig config;
    private final Clock clock;

    CaseService(CaseRepository cases, CaseReportRepository members, CaseNoteRepository notes,
            CaseDecisionRepository decisions, Reports reports, EvidenceService evidence, DataCipher cipher, AuditLog audit,
            CasesConfig config, Clock clock) {
        this.cases = cases;
        this.members = members;
        this.notes = notes;
        this.decisions = decisions;
        this.reports = reports;
        this.evidence = evidence;
        this.cipher = cipher;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** One page of the open cases the moderator may see, most urgent first. */
    public PageView<ModeratorCaseSummary> queue(Moderator m, int page, int size, long offset) {
        Instant now = now();
        List<UUID> ids = cases.queuePage(m.audiences(), m.platformAccountId(), now, offset, size);
        Map<UUID, ModerationCase> byId = cases.withIds(ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ModeratorCaseSummary> items = ids.stream().map(byId::get).map(c -> summary(c, now)).toList();
        items.forEach(s -> audit.record(m.subject(), AuditActions.CASE_LISTED, "case", s.id(), "queue"));
        return new PageView<>(items, page, size, cases.countQueue(m.audiences(), m.platformAccountId()));
    }

    public ModeratorCaseView read(Moderator m, UUID id) {
        ModerationCase c = visible(m, id);
        Instant now = now();
        List<UUID> reportIds = members.reportIdsOf(c.id);
        List<Reports.StaffReport> staffReports = reports.forStaff(reportIds);
        audit.record(m.subject(), AuditActions.CASE_READ, "case", c.id, "case-view");
        staffReports.forEach(r -> audit.record(m.subject(), AuditActions.REPORT_READ, "report", r.id(), "case-view"));
        List<ModeratorCaseView.ReportView> reportViews = staffReports.stream()
                .map(r -> new ModeratorCaseView.ReportView(r.id(), r.category().name(), r.involvesMinor(), r.receivedAt(),
                        r.status(), r.redactedText()))
                .toList();
        List<ModeratorCaseView.AttachmentView> files = staffReports.stream()
                .flatMap(r -> r.attachments().stream().map(a -> new ModeratorCaseView.AttachmentView(a.id(), r.id(),
                        a.mediaType(), a.sizeBytes(), a.width(), a.height(),
                        a.preview() == null ? null : Base64.getEncoder().encodeToString(a.preview()))))
                .toList();
        List<ModeratorCaseView.DecisionSummary> history = decisions.historyOf(c.id, c.targetOwner).stream()
                .map(d -> new ModeratorCaseView.DecisionSummary(d.id, d.caseId, d.canonicalRef, d.action.name(),
                        d.ground == null ? null : d.ground.name(), d.statementCategory, d.durationDays, d.decidedAt))
                .toList();
        return new ModeratorCaseView(c.id, c.canonicalRef, c.kind.name(), c.targetOwner, c.status.name(), c.priorityLevel,
                c.dueAt, c.dueAt.isBefore(now), c.audience.name(), c.assignee, c.claimExpiresAt,
                evidenceOf(c.canonicalRef), reportViews, files,
                notes.ofCase(c.id).stream().map(this::noteView).toList(), history);
    }

    /** The stripped moderator copy of one of the case's attachments; audited. */
    public Reports.StrippedCopy attachment(Moderator m, UUID caseId, UUID attachmentId) {
        ModerationCase c = visible(m, caseId);
        Reports.StrippedCopy copy = reports.strippedCopy(members.reportIdsOf(c.id), attachmentId)
                .orElseThrow(CaseProblems::attachmentNotFound);
        audit.record(m.subject(), AuditActions.ATTACHMENT_READ, "attachment", attachmentId, "case " + c.id);
        return copy;
    }

    public ModeratorCaseSummary claim(Moderator m, UUID id) {
        ModerationCase c = visible(m, id);
        if (!c.status.open()) {
            throw CaseProblems.notOpen();
        }
        Instant now = now();
        if (!cases.claim(c.id, m.subject(), now, now.plus(config.claimFor()))) {
            throw CaseProblems.claimedByAnother();
        }
        cases.getEntityManager().refresh(c);
        audit.record(m.subject(), AuditActions.CASE_CLAIMED, "case", c.id, "claim");
        return summary(c, now);
    }

    public ModeratorCaseSummary release(Moderator m, UUID id) {
        ModerationCase c = lockVisible(m, id);
        Instant now = now();
        if (!c.claimedBy(m.subject(), now)) {
            throw CaseProblems.claimRequired();
        }
        c.assignee = null;
        c.claimExpiresAt = null;
        audit.record(m.subject(), AuditActions.CASE_RELEASED, "case", c.id, "release");
        return summary(c, now);
    }

    public CaseNoteView addNote(Moderator m, UUID id, NoteRequest body) {
        ModerationCase c = visible(m, id);
        CaseNote n = note(m, c, body.text());
        audit.record(m.subject(), AuditActions.CASE_NOTE_ADDED, "case", c.id, "note " + n.id);
        return noteView(n);
    }

    /** Hands the case to senior moderators or to child safety; any claim ends. Never lowers a child-safety case. */
    public ModeratorCaseSummary escalate(Moderator m, UUID id, EscalateRequest body) {
        ModerationCase c = lockVisible(m, id);
        if (!c.status.open()) {
            throw CaseProblems.notOpen();
        }
        Audience to = body.to() == EscalateRequest.Target.CHILD_SAFETY ? Audience.CHILD_SAFETY : Audience.SENIOR_MODERATOR;
        if (c.audience == Audience.CHILD_SAFETY && to != Audience.CHILD_SAFETY) {
            throw CaseProblems.cannotLower();
        }
        c.audience = to;
        c.assignee = null;
        c.claimExpiresAt = null;
        if (body.note() != null && !body.note().isBlank()) {
            note(m, c, body.note());
        }
        audit.record(m.subject(), AuditActions.CASE_ESCALATED, "case", c.id, to.name());
        return summary(c, now());
    }

    private CaseNote note(Moderator m, ModerationCase c, String text) {
        CaseNote n = new CaseNote();
        n.id = UUID.randomUUID();
        n.caseId = c.id;
        n.author = m.subject();
        n.createdAt = now();
        n.sealedText = cipher.encrypt(text.getBytes(StandardCharsets.UTF_8), AssociatedData.caseNote(n.id));
        notes.persist(n);
        return n;
    }

    private ModerationCase visible(Moderator m, UUID id) {
        return cases.findByIdOptional(id).filter(m::maySee).orElseThrow(CaseProblems::notFound);
    }

    private ModerationCase lockVisible(Moderator m, UUID id) {
        return cases.lock(id).filter(m::maySee).orElseThrow(CaseProblems::notFound);
    }

    private ModeratorCaseView.EvidenceView evidenceOf(String canonicalRef) {
        return evidence.snapshotFor(canonicalRef)
                .filter(s -> s.status() != EvidenceStatus.PENDING)
                .map(CaseService::evidenceView)
                .orElseGet(() -> new ModeratorCaseView.EvidenceView("CAPTURE_PENDING", null, null, null, null));
    }

    private static ModeratorCaseView.EvidenceView evidenceView(EvidenceSnapshot s) {
        return new ModeratorCaseView.EvidenceView(s.status().name(), s.capturedAt(), s.sha256(), s.mediaType(), s.sizeBytes());
    }

    private CaseNoteView noteView(CaseNote n) {
        return new CaseNoteView(n.id, n.author, n.createdAt,
                new String(cipher.decrypt(n.sealedText, AssociatedData.caseNote(n.id)), StandardCharsets.UTF_8));
    }

    static ModeratorCaseSummary summary(ModerationCase c, Instant now) {
        return new ModeratorCaseSummary(c.id, c.canonicalRef, c.kind.name(), c.status.name(), c.priorityLevel, c.dueAt,
                c.status.open() && c.dueAt.isBefore(now), c.audience.name(), c.assignee, c.claimExpiresAt);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
