package org.sealedintake.notices;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ReleaseBatchRepository implements PanacheRepositoryBase<ReleaseBatchRow, UUID> {

    /** The creator's batch still open at {@code now}, locked: two decisions for one creator queue up here. */
    Optional<ReleaseBatchRow> openFor(String account, Instant now) {
        return find("creatorAccount = ?1 and releaseAt > ?2", Sort.by("releaseAt").descending(), account, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
