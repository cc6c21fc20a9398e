package org.sealedintake.unseal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.common.PageView;
import org.sealedintake.intake.Caller;
import org.sealedintake.intake.Reports;
import org.sealedintake.unseal.view.ReporterDisclosureView;

/**
 * The reporter's side of unsealing: whether and when their identity was disclosed, and on which
 * category of legal basis. A disclosure stays hidden while an approver's deferral is in force.
 */
@ApplicationScoped
@Transactional
public class DisclosureService {
    private final Reports reports;
    private final UnsealRequestRepository requests;
    private final Clock clock;

    DisclosureService(Reports reports, UnsealRequestRepository requests, Clock clock) {
        this.reports = reports;
        this.requests = requests;
        this.clock = clock;
    }

    /** The disclosures of the reporter's own report; empty when the report is not theirs (or does not exist). */
    Optional<PageView<ReporterDisclosureView>> ofOwnReport(Caller caller, UUID reportId, int page, int size) {
        if (!reports.isOwnedBy(caller, reportId)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        List<ReporterDisclosureView> items = requests.pageDisclosed(reportId, now, page, size).stream()
                .map(r -> new ReporterDisclosureView(r.executedAt, r.legalBasis.name()))
                .toList();
        return Optional.of(new PageView<>(items, page, size, requests.countDisclosed(reportId, now)));
    }
}
