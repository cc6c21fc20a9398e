package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** The report if it belongs to this owner; otherwise nothing, whether or not it exists. */
    Optional<Report> findOwned(UUID id, byte[] ownerIndex) {
        return find("id = ?1 and ownerIndex = ?2", id, ownerIndex).firstResultOptional();
    }

    /** Whether the report belongs to this owner; false alike for someone else's and for none. */
    public boolean isOwned(UUID id, byte[] ownerIndex) {
        return count("id = ?1 and ownerIndex = ?2", id, ownerIndex) > 0;
    }

    List<Report> pageOwned(byte[] ownerIndex, int page, int size) {
        return find("ownerIndex", Sort.descending("receivedAt").and("id"), ownerIndex).page(Page.of(page, size)).list();
    }

    long countOwned(byte[] ownerIndex) {
        return count("ownerIndex", ownerIndex);
    }
}
