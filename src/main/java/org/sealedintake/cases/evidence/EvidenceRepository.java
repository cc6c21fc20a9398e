package org.sealedintake.cases.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.sealedintake.common.TransactionSql;

@ApplicationScoped
class EvidenceRepository implements PanacheRepositoryBase<Evidence, String> {

    /** Inserts a pending row unless one exists for the reference; true when this call inserted it. */
    boolean insertPending(String canonicalRef, Instant now) {
        // Plain SQL: it runs in the intake transaction, whose session holds no entity (common/TransactionSql).
        return TransactionSql.update("""
                insert into evidence (canonical_ref, status, attempts, next_attempt_at, requested_at, truncated)
                values (?, 'PENDING', 0, ?, ?, false)
                on conflict (canonical_ref) do nothing""", canonicalRef, now, now) == 1;
    }

    /**
     * Locks up to {@code limit} due pending rows whose reference starts with {@code prefix}, skipping
     * rows another worker holds: two workers never claim the same row.
     */
    @SuppressWarnings("unchecked")
    List<String> lockDue(Instant now, String prefix, int limit) {
        return getEntityManager().createNativeQuery("""
                select canonical_ref from evidence
                where status = 'PENDING' and next_attempt_at <= ?1 and left(canonical_ref, length(?2)) = ?2
                order by next_attempt_at
                limit ?3
                for update skip locked""", String.class)
                .setParameter(1, now).setParameter(2, prefix).setParameter(3, limit).getResultList();
    }
}
