package org.sealedintake.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sealedintake.audit.view.AuditEventView;
import org.sealedintake.common.PageView;

/** Reading and verifying the audit log. Each read is itself an audit event, written in the read's transaction. */
@ApplicationScoped
@Transactional
public class AuditService {
    private final AuditEventRepository events;
    private final AuditLog audit;
    private final AuditVerification verifier;

    AuditService(AuditEventRepository events, AuditLog audit, AuditVerification verifier) {
        this.events = events;
        this.audit = audit;
        this.verifier = verifier;
    }

    /** Filter of the events listing; null fields match everything. */
    public record EventFilter(String objectType, String objectId, String actor) {
    }

    public PageView<AuditEventView> list(String reader, EventFilter filter, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (filter.objectType() != null) {
            q.append(" and objectType = :objectType");
            p.and("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            q.append(" and objectId = :objectId");
            p.and("objectId", filter.objectId());
        }
        if (filter.actor() != null) {
            q.append(" and actor = :actor");
            p.and("actor", filter.actor());
        }
        PanacheQuery<AuditEvent> query = events.find(q.toString(), Sort.descending("occurredAt", "id"), p).page(page, size);
        List<AuditEventView> items = query.list().stream().map(AuditService::view).toList();
        long total = query.count();
        audit.record(reader, AuditActions.AUDIT_EVENTS_READ, "audit_log", "events", "audit-review");
        return new PageView<>(items, page, size, total);
    }

    /** Verifies the chain (its own snapshot, outside this transaction) and records who asked. */
    public VerifyResult verify(String reader) {
        VerifyResult r = verifier.verify();
        audit.record(reader, AuditActions.AUDIT_VERIFIED, "audit_log", "chain", r.intact() ? "intact" : "not-intact");
        return r;
    }

    private static AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.id, e.eventId, e.occurredAt, e.actor, e.action, e.objectType, e.objectId, e.purpose, e.outcome);
    }
}
