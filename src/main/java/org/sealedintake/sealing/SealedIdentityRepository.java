package org.sealedintake.sealing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sealedintake.common.TransactionSql;

@ApplicationScoped
class SealedIdentityRepository implements PanacheRepositoryBase<SealedIdentity, UUID> {
    /** Inserts a sealed row with the transaction's next statement ({@link TransactionSql#write}), never managed: it is write-only in the intake transaction. */
    void insert(SealedIdentity row) {
        TransactionSql.write("""
                insert into sealed_identity (report_id, key_id, ciphertext, fingerprint_set, sealed_at)
                values (?, ?, ?, ?, ?)""", row.reportId, row.keyId, row.ciphertext, row.fingerprintSet, row.sealedAt);
    }

    List<SealedIdentity> findByReports(Collection<UUID> reportIds) {
        return reportIds.isEmpty() ? List.of() : list("reportId in ?1", reportIds);
    }

    /** The encrypted fingerprint sets of these reports, without the sealed identities beside them. */
    List<StoredSet> fingerprintSetsOf(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                "select new org.sealedintake.sealing.SealedIdentityRepository$StoredSet(s.reportId, s.fingerprintSet)"
                        + " from SealedIdentity s where s.reportId in ?1", StoredSet.class)
                .setParameter(1, reportIds).getResultList();
    }

    /** One report's fingerprint set as stored (AEAD), null for rows sealed before sets existed. */
    record StoredSet(UUID reportId, byte[] fingerprintSet) {
    }
}
