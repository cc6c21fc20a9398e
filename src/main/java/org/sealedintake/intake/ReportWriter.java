package org.sealedintake.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.SealedConfig;
import org.sealedintake.common.TransactionSql;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.sealing.SealedIdentityVault;

/**
 * Writes one report in one transaction: the quota charge, the report, its ownership rows, its sealed
 * identity and fingerprint set, the attachment links, the audit event and the idempotency completion.
 * Acknowledged means committed.
 */
@ApplicationScoped
@Transactional
public class ReportWriter {
    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final Ownership ownership;
    private final QuotaService quotas;
    private final IdempotencyStore idempotency;
    private final SealedIdentityVault vault;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final SealedConfig config;
    private final BlindIndex blindIndex;
    private final Event<ReportFiled> filed;

    ReportWriter(ReportRepository reports, AttachmentRepository attachments, Ownership ownership, QuotaService quotas,
            IdempotencyStore idempotency, SealedIdentityVault vault, DataCipher cipher, AuditLog audit, ObjectMapper json,
            Clock clock, SealedConfig config, BlindIndex blindIndex, Event<ReportFiled> filed) {
        this.blindIndex = blindIndex;
        this.filed = filed;
        this.reports = reports;
        this.attachments = attachments;
        this.ownership = ownership;
        this.quotas = quotas;
        this.idempotency = idempotency;
        this.vault = vault;
        this.cipher = cipher;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    public Report create(Caller caller, byte[] keyIndex, java.time.Instant claimedAt, SubmitReportRequest request,
            String moderatorText) {
        // First: the quota row lock also serialises this account's concurrent filings.
        quotas.chargeReport(caller);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Report r = new Report();
        r.id = UUID.randomUUID();
        r.category = request.category();
        r.status = ReportStatus.RECEIVED;
        r.targetContentRef = request.targetContentRef();
        r.targetAccount = request.targetAccount();
        r.involvesMinor = request.involvesMinor();
        r.victimType = request.victim().type();
        r.sealedText = cipher.encrypt(
                serialize(new ReportText(request.description(), request.victim().account())),
                AssociatedData.reportText(r.id));
        r.moderatorText = cipher.encrypt(moderatorText.getBytes(StandardCharsets.UTF_8),
                AssociatedData.reportModeratorText(r.id));
        r.receivedAt = now;
        r.acknowledgeBy = now.plus(config.intake().acknowledgeWithin());
        r.feedbackBy = now.atOffset(ZoneOffset.UTC).plusMonths(config.intake().feedbackMonths()).toInstant();
        // Queued (it goes with the next statement, before the rows that refer to it) and never managed: every
        // row of this transaction is written by plain SQL, so the session stays empty and no statement pays
        // for a flush (docs/performance.md, "Intake persistence (issue 10)"; round trips: D30).
        reports.insert(r);
        ownership.recordReport(caller, r.id);
        linkAttachments(r, caller, request.attachmentIds(), now);
        vault.seal(r.id, caller.identity(request.reporterContact() == null ? null : request.reporterContact().asMap()));
        idempotency.complete(keyIndex, claimedAt, r.id);
        audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.REPORT_CREATED, "report", r.id, "intake");
        // Cases join the report in this transaction; the tag is keyed by the account and the case id.
        // Last: the join locks the case row until commit, and every report on a target in a surge waits
        // for that lock, so nothing else may run while it is held.
        filed.fire(new ReportFiled(r.id, r.targetContentRef, r.category, r.involvesMinor, caller.trustedFlagger(),
                scope -> blindIndex.of(BlindIndex.Domain.CASE_REPORTER_TAG, 16, caller.accountKey(bytes(scope)))));
        // The queued writes (the case's among them) go now, so a failure is this method's, not the commit's.
        TransactionSql.flush();
        return r;
    }

    /** The receipt of an existing report, for a replayed submission. */
    public IntakeReceipt receiptOf(UUID reportId) {
        return IntakeReceipt.of(reports.findById(reportId));
    }

    private void linkAttachments(Report r, Caller caller, List<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> wanted = new HashSet<>(ids);
        if (wanted.size() != ids.size()) {
            throw new ApiProblem(400, "duplicate-attachment", "Invalid request", "attachmentIds lists an attachment twice.");
        }
        if (!ownership.ownsAllAttachments(caller, wanted)) {
            // Someone else's attachment looks exactly like one that does not exist.
            throw new ApiProblem(404, "attachment-not-found", "Attachment not found",
                    "One or more attachmentIds do not name an attachment you uploaded.");
        }
        // One conditional update settles races: of two reports naming one attachment, one links it.
        if (attachments.linkUnused(wanted, r.id, now) != wanted.size()) {
            throw new ApiProblem(422, "attachment-unavailable", "Attachment unavailable",
                    "One or more attachments are already part of a report or have expired; upload them again.");
        }
    }

    private static byte[] bytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private byte[] serialize(ReportText text) {
        try {
            return json.writeValueAsBytes(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report text could not be serialised");
        }
    }
}
