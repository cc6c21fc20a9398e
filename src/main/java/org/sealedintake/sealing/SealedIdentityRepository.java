package org.sealedintake.sealing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SealedIdentityRepository implements PanacheRepositoryBase<SealedIdentity, UUID> {
    List<SealedIdentity> findByReports(Collection<UUID> reportIds) {
        return reportIds.isEmpty() ? List.of() : list("reportId in ?1", reportIds);
    }
}
