package org.sealedintake.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CaseReportRepository implements PanacheRepositoryBase<CaseReport, UUID> {

    List<UUID> reportIdsOf(UUID caseId) {
        return find("caseId", caseId).project(ReportIdOnly.class).list().stream().map(ReportIdOnly::reportId).toList();
    }

    /** Projection: the report id only. */
    record ReportIdOnly(UUID reportId) {
    }
}
