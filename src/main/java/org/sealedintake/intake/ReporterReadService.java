package org.sealedintake.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.PageView;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.view.ReporterReportSummary;
import org.sealedintake.intake.view.ReporterReportView;

/** A reporter's reads of their own reports. Each read is an audit event in the same transaction. */
@ApplicationScoped
@Transactional
public class ReporterReadService {
    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final ObjectMapper json;

    ReporterReadService(ReportRepository reports, AttachmentRepository attachments, DataCipher cipher, AuditLog audit,
            ObjectMapper json) {
        this.reports = reports;
        this.attachments = attachments;
        this.cipher = cipher;
        this.audit = audit;
        this.json = json;
    }

    public Optional<ReporterReportView> own(UUID id, byte[] ownerIndex) {
        return reports.findOwned(id, ownerIndex).map(r -> {
            audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.REPORT_READ, "report", r.id, "reporter-view");
            return toView(r);
        });
    }

    public PageView<ReporterReportSummary> mine(byte[] ownerIndex, int page, int size) {
        List<Report> rows = reports.pageOwned(ownerIndex, page, size);
        for (Report r : rows) {
            audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.REPORT_LISTED, "report", r.id, "reporter-list");
        }
        List<ReporterReportSummary> items = rows.stream()
                .map(r -> new ReporterReportSummary(r.id, r.status.name(), r.category.name(), r.targetContentRef,
                        r.receivedAt, r.feedbackBy))
                .toList();
        return new PageView<>(items, page, size, reports.countOwned(ownerIndex));
    }

    private ReporterReportView toView(Report r) {
        ReportText text = decrypt(r);
        List<ReporterReportView.AttachmentView> files = attachments.ofReport(r.id).stream()
                .map(a -> new ReporterReportView.AttachmentView(a.id, a.mediaType, a.sizeBytes, a.width, a.height))
                .toList();
        return new ReporterReportView(r.id, r.status.name(), r.category.name(), r.targetContentRef, r.targetAccount,
                text.description(), r.involvesMinor,
                new ReporterReportView.VictimView(r.victimType.name(), text.victimAccount()), files,
                r.receivedAt, r.receivedAt, r.acknowledgeBy, r.feedbackBy);
    }

    private ReportText decrypt(Report r) {
        try {
            return json.readValue(cipher.decrypt(r.sealedText, AssociatedData.reportText(r.id)), ReportText.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored report text is unreadable");
        }
    }
}
