package org.sealedintake.notices;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    boolean existsForNotice(UUID noticeId) {
        return count("noticeId", noticeId) > 0;
    }

    boolean existsForReportDecision(UUID reportId, UUID decisionId) {
        return count("reportId = ?1 and decisionId = ?2", reportId, decisionId) > 0;
    }

    Optional<Appeal> ofReport(UUID reportId) {
        return find("reportId", Sort.by("filedAt").descending(), reportId).firstResultOptional();
    }

    /** Open appeals of decisions someone else made, oldest first. */
    List<Appeal> openFor(String staff, int page, int size) {
        return find("status = ?1 and decidedBy <> ?2", Sort.by("filedAt").and("id"), Appeal.OPEN, staff)
                .page(Page.of(page, size)).list();
    }

    long countOpenFor(String staff) {
        return count("status = ?1 and decidedBy <> ?2", Appeal.OPEN, staff);
    }
}
