package org.sealedintake.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.common.PageView;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.view.ReporterReportSummary;
import org.sealedintake.intake.view.ReporterReportView;

/**
 * A reporter's reads of their own reports. Not audited per report (threat T23): a listing would write a
 * burst of events that groups one reporter's reports for everyone who reads the audit log. Staff reads
 * are audited per object.
 */
@ApplicationScoped
@Transactional
public class ReporterReadService {
    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final Ownership ownership;
    private final DataCipher cipher;
    private final ObjectMapper json;

    ReporterReadService(ReportRepository reports, AttachmentRepository attachments, Ownership ownership,
            DataCipher cipher, ObjectMapper json) {
        this.reports = reports;
        this.attachments = attachments;
        this.ownership = ownership;
        this.cipher = cipher;
        this.json = json;
    }

    public Optional<ReporterReportView> own(Caller caller, UUID id) {
        if (!ownership.ownsReport(caller, id)) {
            return Optional.empty();
        }
        return reports.findByIdOptional(id).map(this::toView);
    }

    public PageView<ReporterReportSummary> mine(Caller caller, int page, int size) {
        Ownership.OwnedPage owned = ownership.page(caller, page, size);
        List<ReporterReportSummary> items = reports.withIds(owned.reportIds()).stream()
                .sorted(Comparator.comparing((Report r) -> r.receivedAt).reversed().thenComparing(r -> r.id))
                .map(r -> new ReporterReportSummary(r.id, r.status.name(), r.category.name(), r.targetContentRef,
                        r.receivedAt, r.feedbackBy))
                .toList();
        return new PageView<>(items, page, size, owned.total());
    }

    private ReporterReportView toView(Report r) {
        ReportText text = decrypt(r);
        List<ReporterReportView.AttachmentView> files = attachments.ofReport(r.id).stream()
                .map(a -> new ReporterReportView.AttachmentView(a.id, a.mediaType, a.sizeBytes, a.width, a.height))
                .toList();
        return new ReporterReportView(r.id, r.status.name(), r.category.name(), r.targetContentRef, r.targetAccount,
                text.description(), r.involvesMinor,
                new ReporterReportView.VictimView(r.victimType.name(), text.victimAccount()), files,
                r.receivedAt, r.receivedAt, r.acknowledgeBy, r.feedbackBy,
                r.outcomeAction, r.outcomeOn);
    }

    private ReportText decrypt(Report r) {
        try {
            return json.readValue(cipher.decrypt(r.sealedText, AssociatedData.reportText(r.id)), ReportText.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored report text is unreadable");
        }
    }
}
