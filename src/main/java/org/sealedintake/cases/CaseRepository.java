package org.sealedintake.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.common.TransactionSql;

@ApplicationScoped
class CaseRepository implements PanacheRepositoryBase<ModerationCase, UUID> {
    /** The queue's total saturates here (docs/cases.md). */
    static final int COUNT_CAP = 10_000;
    private static final List<String> OPEN = List.of(CaseStatus.NEW.name(), CaseStatus.IN_REVIEW.name());

    /** Inserts the case of a reference unless one exists (a concurrent intake may create it first). */
    void insertIfAbsent(ModerationCase c) {
        TransactionSql.update("""
                insert into moderation_case (id, canonical_ref, kind, status, audience, priority_level, due_at,
                    created_at, reporter_state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (canonical_ref) do nothing""",
                c.id, c.canonicalRef, c.kind, c.status, c.audience, c.priorityLevel, c.dueAt, c.createdAt, c.reporterState);
    }

    /**
     * The columns a report's join reads and may change, of the case of a reference, row-locked until the
     * transaction ends (the lock {@code PESSIMISTIC_WRITE} takes on PostgreSQL). Not a managed entity: the
     * intake transaction keeps its session empty, and {@link #joined} writes the changes back.
     */
    Optional<ModerationCase> lockForJoin(String canonicalRef) {
        return TransactionSql.first("""
                select id, status, audience, due_at, reporter_state, assignee, claim_expires_at
                  from moderation_case where canonical_ref = ? for no key update""", rs -> {
                    ModerationCase c = new ModerationCase();
                    c.id = rs.getObject(1, UUID.class);
                    c.canonicalRef = canonicalRef;
                    c.status = CaseStatus.valueOf(rs.getString(2));
                    c.audience = Audience.valueOf(rs.getString(3));
                    c.dueAt = TransactionSql.instant(rs, 4);
                    c.reporterState = rs.getBytes(5);
                    c.assignee = rs.getString(6);
                    c.claimExpiresAt = TransactionSql.instant(rs, 7);
                    return c;
                }, canonicalRef);
    }

    /**
     * Records a report's membership of a case read by {@link #lockForJoin} and writes back what the join
     * changed, in one statement: the case row is locked until commit, so every round trip saved here is
     * time the next report on the same target does not wait.
     */
    void joined(ModerationCase c, UUID reportId) {
        TransactionSql.write("""
                with member as (insert into case_report (report_id, case_id) values (?, ?))
                update moderation_case set status = ?, audience = ?, priority_level = ?, due_at = ?, reporter_state = ?,
                    assignee = ?, claim_expires_at = ?
                 where id = ?""",
                reportId, c.id, c.status, c.audience, c.priorityLevel, c.dueAt, c.reporterState, c.assignee,
                c.claimExpiresAt, c.id);
    }

    Optional<ModerationCase> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Claims an open case for {@code subject} unless someone else holds an unexpired claim: one
     * conditional UPDATE, so of two concurrent claims exactly one changes the row.
     */
    boolean claim(UUID id, String subject, Instant now, Instant expiresAt) {
        return getEntityManager().createNativeQuery("""
                update moderation_case
                   set assignee = ?2, claim_expires_at = ?3, status = 'IN_REVIEW'
                 where id = ?1 and status in ('NEW', 'IN_REVIEW')
                   and (assignee is null or assignee = ?2 or claim_expires_at <= ?4)""")
                .setParameter(1, id).setParameter(2, subject).setParameter(3, expiresAt).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /**
     * One page of the queue: overdue first, then by level, earliest due first. Read as one index
     * range per (overdue, level), each limited to the rows the page can need, so the first page
     * costs the same at a million open cases as at a hundred.
     */
    @SuppressWarnings("unchecked")
    List<UUID> queuePage(Collection<String> audiences, String ownAccount, Instant now, long offset, int size) {
        long need = offset + size;
        StringBuilder sql = new StringBuilder("select id from (");
        for (int overdue = 0; overdue < 2; overdue++) {
            for (int level = 0; level < CasePolicy.LEVELS; level++) {
                if (overdue > 0 || level > 0) {
                    sql.append(" union all ");
                }
                sql.append("(select id, ").append(overdue).append(" as o, priority_level, due_at from moderation_case")
                        .append(" where status in ('NEW', 'IN_REVIEW') and priority_level = ").append(level)
                        .append(overdue == 0 ? " and due_at < :now" : " and due_at >= :now")
                        .append(" and audience in (:aud) and (target_owner is null or target_owner <> :me)")
                        .append(" order by due_at, id limit :need)");
            }
        }
        sql.append(") q order by o, priority_level, due_at, id offset :offset limit :size");
        return getEntityManager().createNativeQuery(sql.toString(), UUID.class)
                .setParameter("now", now).setParameter("aud", audiences).setParameter("me", ownAccount)
                .setParameter("need", need).setParameter("offset", offset).setParameter("size", size)
                .getResultList();
    }

    /**
     * How many open cases the moderator may see, counted up to {@value #COUNT_CAP}: an exact count
     * reads every open case (about 0.6 s at a million), a capped one at most the cap.
     */
    long countQueue(Collection<String> audiences, String ownAccount) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from (select 1 from moderation_case where status in ('NEW', 'IN_REVIEW')
                   and audience in (:aud) and (target_owner is null or target_owner <> :me) limit :cap) q""")
                .setParameter("aud", audiences).setParameter("me", ownAccount).setParameter("cap", COUNT_CAP)
                .getSingleResult()).longValue();
    }

    List<ModerationCase> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    static List<String> open() {
        return OPEN;
    }
}
