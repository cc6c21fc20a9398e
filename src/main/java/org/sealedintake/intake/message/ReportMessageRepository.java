package org.sealedintake.intake.message;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ReportMessageRepository implements PanacheRepositoryBase<ReportMessage, UUID> {

    List<ReportMessage> pageOf(UUID reportId, int page, int size) {
        return find("reportId", Sort.by("sentAt").and("id"), reportId).page(Page.of(page, size)).list();
    }

    long countOf(UUID reportId) {
        return count("reportId", reportId);
    }

    boolean hasQuestion(UUID reportId) {
        return count("reportId = ?1 and kind = ?2", reportId, MessageKind.QUESTION) > 0;
    }

    List<ReportMessage> ofReports(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return list("reportId in ?1", Sort.by("sentAt").and("id"), reportIds);
    }
}
