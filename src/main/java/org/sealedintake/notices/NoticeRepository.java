package org.sealedintake.notices;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    List<Notice> released(String account, Instant now, int page, int size) {
        return find("recipientAccount = ?1 and releaseAt <= ?2", Sort.by("releaseAt").descending().and("id"), account, now)
                .page(Page.of(page, size)).list();
    }

    long countReleased(String account, Instant now) {
        return count("recipientAccount = ?1 and releaseAt <= ?2", account, now);
    }

    /** The notice if it is this account's and released; empty alike for another's, a future one and none. */
    Optional<Notice> releasedOf(String account, UUID id, Instant now) {
        return find("id = ?1 and recipientAccount = ?2 and releaseAt <= ?3", id, account, now).firstResultOptional();
    }

    List<Notice> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }
}
