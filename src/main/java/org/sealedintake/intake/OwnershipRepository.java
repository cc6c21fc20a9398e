package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.sealedintake.common.TransactionSql;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Proof and pointer rows of ownership (V5 migration). Plain SQL: these rows have no entity on purpose, and the
 * intake path keeps its Hibernate session empty ({@link TransactionSql}).
 */
@ApplicationScoped
class OwnershipRepository {

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    void insertReportProof(UUID reportId, byte[] proof) {
        TransactionSql.write("insert into report_owner_proof (report_id, proof) values (?, ?)", reportId, proof);
    }

    void insertAttachmentProof(UUID attachmentId, byte[] proof) {
        em().createNativeQuery("insert into attachment_owner_proof (attachment_id, proof) values (?1, ?2)")
                .setParameter(1, attachmentId).setParameter(2, proof).executeUpdate();
    }

    boolean reportProofExists(UUID reportId, byte[] proof) {
        return !em().createNativeQuery("select 1 from report_owner_proof where report_id = ?1 and proof = ?2")
                .setParameter(1, reportId).setParameter(2, proof).getResultList().isEmpty();
    }

    /** How many of these (attachment, proof) pairs exist. */
    long attachmentProofsExisting(Map<UUID, byte[]> proofs) {
        if (proofs.isEmpty()) {
            return 0;
        }
        Map<String, Object> found = byKey("select proof, attachment_id from attachment_owner_proof where proof = any(?)",
                proofs.values());
        return proofs.entrySet().stream()
                .filter(p -> p.getKey().equals(found.get(HexFormat.of().formatHex(p.getValue()))))
                .count();
    }

    /** Whether a pointer exists at this locator. */
    boolean pointerExists(byte[] locator) {
        return TransactionSql.first("select 1 from owner_pointer where locator = ?", rs -> true, locator).isPresent();
    }

    /** The pointers that exist among these locators: sealed reference by locator (hex). */
    Map<String, byte[]> pointers(Collection<byte[]> locators) {
        return locators.isEmpty() ? Map.of()
                : byKey("select locator, sealed_ref from owner_pointer where locator = any(?)", locators).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (byte[]) e.getValue()));
    }

    /** Runs a query with one bytea[] parameter whose rows are (key, value); keys as hex. */
    private static Map<String, Object> byKey(String sql, Collection<byte[]> keys) {
        Map<String, Object> out = new HashMap<>();
        TransactionSql.list(sql, rs -> out.put(HexFormat.of().formatHex(rs.getBytes(1)), rs.getObject(2)),
                (Object) keys.toArray(new byte[0][]));
        return out;
    }

    /** Inserts a pointer unless one exists at the locator (a concurrent filing took it); true if inserted. */
    boolean insertPointer(byte[] locator, byte[] sealedRef) {
        return TransactionSql.update("insert into owner_pointer (locator, sealed_ref) values (?, ?) on conflict (locator) do nothing",
                locator, sealedRef) == 1;
    }

    /**
     * Inserts a pointer at {@code locator} only if the pointer before it ({@code previous}) exists and none is
     * at {@code locator} yet: a remembered count checked and used in one statement. False if not inserted.
     */
    boolean insertPointerAfter(byte[] previous, byte[] locator, byte[] sealedRef) {
        return TransactionSql.update("""
                insert into owner_pointer (locator, sealed_ref) select ?, ?
                 where exists (select 1 from owner_pointer where locator = ?) on conflict (locator) do nothing""",
                locator, sealedRef, previous) == 1;
    }
}
