package org.sealedintake.intake.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.PageView;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Caller;
import org.sealedintake.intake.ModeratorTextScrubber;
import org.sealedintake.intake.Reports;
import org.sealedintake.intake.message.view.ModeratorReplyView;
import org.sealedintake.intake.message.view.ReporterMessageView;
import org.sealedintake.redaction.guard.LeakGuard;

/**
 * Messages under reports. Reporters read them in their own report (a reporter's reads are not audited
 * per report, threat T23) and may reply once a moderator has asked something; moderators write
 * questions and outcomes to the reports of a case. Nothing here is pushed: a notification naming a
 * reporter's account and a report would link them again.
 */
@ApplicationScoped
@Transactional
public class ReportMessageService {
    static final int MAX_TEXT_CHARS = 2000;
    /** Replies and questions per report; a conversation is a few turns, not a chat. */
    static final int MAX_MESSAGES_PER_REPORT = 50;

    private final ReportMessageRepository messages;
    private final Reports reports;
    private final ModeratorTextScrubber scrubber;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final LeakGuard guard;

    ReportMessageService(ReportMessageRepository messages, Reports reports, ModeratorTextScrubber scrubber,
            DataCipher cipher, AuditLog audit, Clock clock, LeakGuard guard) {
        this.guard = guard;
        this.messages = messages;
        this.reports = reports;
        this.scrubber = scrubber;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The messages under the caller's own report; empty for someone else's and for none alike. */
    public Optional<PageView<ReporterMessageView>> ofOwnReport(Caller caller, UUID reportId, int page, int size) {
        if (!reports.isOwnedBy(caller, reportId)) {
            return Optional.empty();
        }
        List<ReporterMessageView> items = messages.pageOf(reportId, page, size).stream()
                .map(m -> new ReporterMessageView(m.id, m.kind.name(), m.kind.fromReporter(),
                        open(m.sealedText, AssociatedData.reportMessage(m.id, m.reportId)), m.sentAt))
                .toList();
        return Optional.of(new PageView<>(items, page, size, messages.countOf(reportId)));
    }

    /**
     * The reporter answers a moderator's question. Moderators read the reply with the reporter's own
     * identifiers replaced; the reporter reads it as written.
     */
    public Optional<ReporterMessageView> reply(Caller caller, UUID reportId, String text) {
        if (!reports.isOwnedBy(caller, reportId)) {
            return Optional.empty();
        }
        if (!messages.hasQuestion(reportId)) {
            throw MessageProblems.nothingToAnswer();
        }
        requireRoom(reportId);
        ReportMessage m = newMessage(reportId, MessageKind.REPLY, text, AuditActions.REPORTER_OF_REPORT);
        m.moderatorText = cipher.encrypt(bytes(scrubber.scrubReply(caller, text)),
                AssociatedData.reportMessageForModerators(m.id, reportId));
        messages.persist(m);
        audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.REPORT_MESSAGE_REPLIED, "report", reportId, null);
        return Optional.of(new ReporterMessageView(m.id, m.kind.name(), true, text, m.sentAt));
    }

    /**
     * A moderator's question to the reporters of a case, one message under each report. The text must
     * not carry personal data: the reviewed creator's identifiers are not the reporters' to learn.
     */
    public void ask(String moderator, Collection<UUID> reportIds, String text) {
        post(moderator, reportIds, MessageKind.QUESTION, text);
    }

    /** The outcome of a case (or of an appeal) under each of its reports (DSA Art. 16(5)). */
    public void tellOutcome(String moderator, Collection<UUID> reportIds, MessageKind kind, String text) {
        if (kind != MessageKind.OUTCOME && kind != MessageKind.APPEAL_OUTCOME) {
            throw new IllegalArgumentException("not an outcome: " + kind);
        }
        post(moderator, reportIds, kind, text);
    }

    /** The conversation under a case's reports as moderators read it; the caller audits the read. */
    public List<ModeratorReplyView> forModerators(Collection<UUID> reportIds) {
        return messages.ofReports(reportIds).stream()
                .map(m -> new ModeratorReplyView(m.id, m.reportId, m.kind.name(), m.kind.fromReporter()
                        ? open(m.moderatorText, AssociatedData.reportMessageForModerators(m.id, m.reportId))
                        : open(m.sealedText, AssociatedData.reportMessage(m.id, m.reportId)), m.sentAt))
                .toList();
    }

    private void post(String moderator, Collection<UUID> reportIds, MessageKind kind, String text) {
        // The guard in the other direction: no personal data of anyone (names included) reaches a reporter.
        if (guard.checkNoPersonalData(text).refused()) {
            throw MessageProblems.personalData();
        }
        for (UUID reportId : reportIds) {
            requireRoom(reportId);
            messages.persist(newMessage(reportId, kind, text, moderator));
            audit.record(moderator, AuditActions.REPORT_MESSAGE_SENT, "report", reportId, kind.name());
        }
    }

    private void requireRoom(UUID reportId) {
        if (messages.countOf(reportId) >= MAX_MESSAGES_PER_REPORT) {
            throw MessageProblems.tooMany();
        }
    }

    private ReportMessage newMessage(UUID reportId, MessageKind kind, String text, String author) {
        ReportMessage m = new ReportMessage();
        m.id = UUID.randomUUID();
        m.reportId = reportId;
        m.kind = kind;
        m.author = author;
        m.sentAt = clock.instant();
        m.sealedText = cipher.encrypt(bytes(text), AssociatedData.reportMessage(m.id, reportId));
        return m;
    }

    private String open(byte[] ciphertext, byte[] associatedData) {
        return new String(cipher.decrypt(ciphertext, associatedData), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
