package org.sealedintake.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.sealedintake.common.TransactionSql;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    /**
     * Inserts an event with the transaction's next statement or before its commit ({@link TransactionSql#write}),
     * as persisting it did (its identity key is assigned by the insert), but without a managed entity: an event
     * is never changed, and nothing reads the id back. Keeps the sessions of the transactions that write events
     * (intake's among them) free of entities to dirty-check.
     */
    void insert(AuditEvent e) {
        TransactionSql.write("""
                insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome, seal)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.eventId, e.occurredAt, e.actor, e.action, e.objectType, e.objectId, e.purpose, e.outcome, e.seal);
    }
}
