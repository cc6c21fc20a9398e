package org.sealedintake.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.PageView;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.notices.view.CreatorNoticeSummary;
import org.sealedintake.notices.view.CreatorNoticeView;
import org.sealedintake.redaction.Redactor;

/**
 * Notices to reviewed creators. Every moderator-written text passes the creator-text guard before a
 * notice is stored; a notice is invisible to its creator until its release time; a creator sees only
 * notices addressed to the platform account id in their own token.
 */
@ApplicationScoped
@Transactional
public class NoticeService {
    private final NoticeRepository notices;
    private final AppealRepository appeals;
    private final CreatorTextExit exit;
    private final NoticeTerms terms;
    private final DataCipher cipher;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;
    private final Redactor redactor = new Redactor();

    NoticeService(NoticeRepository notices, AppealRepository appeals, CreatorTextExit exit, NoticeTerms terms,
            DataCipher cipher, ObjectMapper json, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.notices = notices;
        this.appeals = appeals;
        this.exit = exit;
        this.terms = terms;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /** What a new notice says and to whom; {@code caseReportIds} only feed the guard and are not stored. */
    public record NoticeDraft(UUID caseId, String recipientAccount, NoticeKind kind, UUID decisionId, String decidedBy,
            NoticeContent content, Instant releaseAt, Collection<UUID> caseReportIds) {
    }

    /** What moderators read of a creator's answer (redacted like any text staff read). */
    public record CreatorResponse(UUID noticeId, String response, Instant respondedAt) {
    }

    /**
     * Stores a notice after its texts passed the exit (leak guard, audited refusals, per-moderator
     * limit) under the staff member who wrote them; refused texts leave nothing behind. The one
     * place creator-bound texts are checked: callers do not check again.
     */
    public UUID issue(NoticeDraft d) {
        return issue(d, null);
    }

    /** Stores a notice that is released with the creator's batch {@code releaseBatchId}. */
    public UUID issue(NoticeDraft d, UUID releaseBatchId) {
        exit.require(d.decidedBy(), d.caseId(), d.content().freeTexts(), d.caseReportIds());
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.caseId = d.caseId();
        n.recipientAccount = d.recipientAccount();
        n.kind = d.kind();
        n.decisionId = d.decisionId();
        n.decidedBy = d.decidedBy();
        n.createdAt = clock.instant();
        n.releaseAt = d.releaseAt() == null ? n.createdAt : d.releaseAt();
        n.appealBy = d.kind() == NoticeKind.DECISION ? terms.appealBy(n.releaseAt) : null;
        n.content = cipher.encrypt(write(d.content()), AssociatedData.noticeContent(n.id));
        n.releaseBatchId = releaseBatchId;
        notices.persist(n);
        return n.id;
    }

    /** A batch moved later: its notices are released (and their appeal windows start) at the new instant. */
    public void rescheduleBatch(UUID releaseBatchId, Instant releaseAt) {
        for (Notice n : notices.list("releaseBatchId", releaseBatchId)) {
            n.releaseAt = releaseAt;
            n.appealBy = n.kind == NoticeKind.DECISION ? terms.appealBy(releaseAt) : null;
        }
    }

    public PageView<CreatorNoticeSummary> mine(String account, int page, int size) {
        Instant now = clock.instant();
        List<CreatorNoticeSummary> items = notices.released(account, now, page, size).stream().map(n -> {
            NoticeContent c = read(n);
            return new CreatorNoticeSummary(n.id, n.kind.name(), n.releaseAt, c.contentRef(), c.restriction(), n.appealBy);
        }).toList();
        return new PageView<>(items, page, size, notices.countReleased(account, now));
    }

    public Optional<CreatorNoticeView> own(String account, UUID id) {
        return notices.releasedOf(account, id, clock.instant()).map(this::view);
    }

    /** The creator answers a verification request, once. */
    public Optional<CreatorNoticeView> respond(String account, UUID id, String text) {
        Optional<Notice> found = notices.releasedOf(account, id, clock.instant());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Notice n = found.get();
        if (n.kind != NoticeKind.VERIFICATION_REQUEST) {
            throw NoticeProblems.notAVerificationRequest();
        }
        if (n.response != null) {
            throw NoticeProblems.alreadyResponded();
        }
        n.response = cipher.encrypt(text.getBytes(StandardCharsets.UTF_8), AssociatedData.noticeResponse(n.id));
        n.respondedAt = clock.instant();
        audit.record(AppealService.CREATOR_OF_CONTENT, AuditActions.NOTICE_RESPONDED, "notice", n.id, null);
        return Optional.of(view(n));
    }

    /** Creators' answers on a case, for its moderators (the caller audits the read). */
    public List<CreatorResponse> responsesOf(UUID caseId) {
        return notices.ofCase(caseId).stream().filter(n -> n.response != null)
                .map(n -> new CreatorResponse(n.id, redactor.redact(responseOf(n)), n.respondedAt)).toList();
    }

    /** A verification request of a case as its moderators read it: the question and the creator's (redacted) answer. */
    public record Verification(UUID noticeId, String question, Instant releaseAt, String response, Instant respondedAt) {
    }

    /** The verification requests of a case, for its moderators (the caller audits the read). */
    public List<Verification> verificationsOf(UUID caseId) {
        return notices.ofCase(caseId).stream().filter(n -> n.kind == NoticeKind.VERIFICATION_REQUEST)
                .map(n -> new Verification(n.id, read(n).question(), n.releaseAt,
                        n.response == null ? null : redactor.redact(responseOf(n)), n.respondedAt))
                .toList();
    }

    /** A released decision notice of this account, for an appeal. */
    Optional<Notice> releasedOf(String account, UUID id) {
        return notices.releasedOf(account, id, clock.instant());
    }

    /** The notice an appeal was filed against (released, since it was appealed). */
    Notice releasedNotice(UUID id) {
        return notices.findByIdOptional(id).orElseThrow();
    }

    NoticeContent contentOf(Notice n) {
        return read(n);
    }

    private CreatorNoticeView view(Notice n) {
        NoticeContent c = read(n);
        return new CreatorNoticeView(n.id, n.kind.name(), n.releaseAt, c.contentRef(), c.restriction(), c.territorialScope(),
                c.restrictionEndsOn(), c.facts(), c.ground(), c.legalGround(), c.explanation(), c.automatedDetection(),
                c.automation(), c.question(), c.appealOutcome(), n.appealBy,
                n.kind == NoticeKind.DECISION ? appeals.existsForNotice(n.id) : null, c.redress(),
                n.response == null ? null : responseOf(n), n.respondedAt);
    }

    private String responseOf(Notice n) {
        return new String(cipher.decrypt(n.response, AssociatedData.noticeResponse(n.id)), StandardCharsets.UTF_8);
    }

    private byte[] write(NoticeContent c) {
        try {
            return json.writeValueAsBytes(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice content cannot be written", e);
        }
    }

    private NoticeContent read(Notice n) {
        try {
            return json.readValue(cipher.decrypt(n.content, AssociatedData.noticeContent(n.id)), NoticeContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored notice content is unreadable");
        }
    }
}
