package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sealedintake.common.TransactionSql;

@ApplicationScoped
class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    List<Report> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * Inserts a new report with the transaction's next statement ({@link TransactionSql#write}), without making
     * it a managed entity: the intake transaction never changes it again, and an empty session has nothing to
     * dirty-check before each later statement.
     */
    void insert(Report r) {
        TransactionSql.write("""
                insert into report (id, category, status, target_content_ref, target_account, involves_minor, victim_type,
                    sealed_text, moderator_text, received_at, acknowledge_by, feedback_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id, r.category, r.status, r.targetContentRef, r.targetAccount, r.involvesMinor, r.victimType,
                r.sealedText, r.moderatorText, r.receivedAt, r.acknowledgeBy, r.feedbackBy);
    }
}
