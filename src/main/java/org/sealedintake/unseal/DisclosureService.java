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
import org.sealedintake.common.PageView;
import org.sealedintake.intake.ReportRepository;
import org.sealedintake.unseal.view.ReporterDisclosureView;

/**
 * The reporter's side of unsealing: whether and when their identity was disclosed, and on which
 * category of legal basis. A disclosure stays hidden while an approver's deferral is in force.
 */
@ApplicationScoped
@Transactional
public class DisclosureService {
    private final ReportRepository reports;
    private final UnsealRequestRepository requests;
    private final AuditLog audit;
    private final Clock clock;

    DisclosureService(ReportRepository reports, UnsealRequestRepository requests, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    /** The disclosures of the reporter's own report; empty when the report is not theirs (or does not exist). */
    Optional<PageView<ReporterDisclosureView>> ofOwnReport(UUID reportId, byte[] ownerIndex, int page, int size) {
        if (!reports.isOwned(reportId, ownerIndex)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        List<ReporterDisclosureView> items = requests.pageDisclosed(reportId, now, page, size).stream()
                .map(r -> new ReporterDisclosureView(r.executedAt, r.legalBasis.name()))
                .toList();
        audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.DISCLOSURES_READ, "report", reportId, "reporter-view");
        return Optional.of(new PageView<>(items, page, size, requests.countDisclosed(reportId, now)));
    }
}
