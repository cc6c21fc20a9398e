package org.sealedintake.unseal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class UnsealRequestRepository implements PanacheRepositoryBase<UnsealRequest, UUID> {
    private static final String OWN = "requesterSubject = :me";
    private static final String OWN_OR_PENDING = "requesterSubject = :me or (status = :pending and requesterSubject <> :me)";

    /** The request, its row locked until the transaction ends (approvals are counted under the lock). */
    Optional<UnsealRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The caller's own requests and, for approvers, the pending requests filed by others. */
    List<UnsealRequest> pageVisible(String subject, boolean approver, int page, int size) {
        return find(approver ? OWN_OR_PENDING : OWN, Sort.descending("createdAt").and("id"), visible(subject, approver))
                .page(Page.of(page, size)).list();
    }

    long countVisible(String subject, boolean approver) {
        return count(approver ? OWN_OR_PENDING : OWN, visible(subject, approver));
    }

    /**
     * Moves an approved, unexpired request of this requester to EXECUTED; 1 when it did, 0 when
     * another execution (or the clock) got there first. The single-execution guarantee rests here.
     */
    int markExecuted(UUID id, String requester, Instant now) {
        return update("status = ?1, executedAt = ?2 where id = ?3 and requesterSubject = ?4 and status = ?5"
                + " and expiresAt > ?2", UnsealStatus.EXECUTED, now, id, requester, UnsealStatus.APPROVED);
    }

    int markExpired(UUID id, Instant now) {
        return update("status = ?1 where id = ?2 and status = ?3 and expiresAt <= ?4",
                UnsealStatus.EXPIRED, id, UnsealStatus.APPROVED, now);
    }

    /** Executed unseals of a report the reporter may now be told about (no deferral in force). */
    List<UnsealRequest> pageDisclosed(UUID reportId, Instant now, int page, int size) {
        return find(DISCLOSED, Sort.descending("executedAt").and("id"), disclosed(reportId, now))
                .page(Page.of(page, size)).list();
    }

    long countDisclosed(UUID reportId, Instant now) {
        return count(DISCLOSED, disclosed(reportId, now));
    }

    private static final String DISCLOSED = "reportId = :report and status = :executed"
            + " and (deferredUntil is null or deferredUntil <= :now)";

    private static Parameters disclosed(UUID reportId, Instant now) {
        return Parameters.with("report", reportId).and("executed", UnsealStatus.EXECUTED).and("now", now);
    }

    private static Parameters visible(String subject, boolean approver) {
        Parameters p = Parameters.with("me", subject);
        return approver ? p.and("pending", UnsealStatus.PENDING) : p;
    }
}
