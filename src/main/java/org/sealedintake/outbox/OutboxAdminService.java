package org.sealedintake.outbox;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.PageView;
import org.sealedintake.outbox.view.OutboxDeliveryView;

/** Parked deliveries for admins: list them (never their bodies) and put one back in the queue. */
@ApplicationScoped
@Transactional
public class OutboxAdminService {
    static final String OBJECT_TYPE = "outbox-event";

    private final OutboxRepository events;
    private final AuditLog audit;
    private final Clock clock;

    OutboxAdminService(OutboxRepository events, AuditLog audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public PageView<OutboxDeliveryView> parked(int page, int size) {
        var query = events.find("status", Sort.descending("parkedAt").and("id"), OutboxStatus.PARKED);
        long total = query.count();
        return new PageView<>(query.page(Page.of(page, size)).list().stream().map(OutboxAdminService::view).toList(), page, size,
                total);
    }

    /**
     * Parked to pending, due now, with a fresh run of attempts (the receiver was presumably fixed).
     * The same idempotency key and event id go out again, so a receiver that did process an earlier
     * attempt recognises it. Audited; a refused replay is audited too.
     */
    public OutboxDeliveryView replay(String actor, UUID id) {
        OutboxEvent e = events.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            audit.recordRefusal(actor, AuditActions.OUTBOX_REPLAY, OBJECT_TYPE, id, "not-found");
            throw ApiProblem.notFound();
        }
        if (e.status != OutboxStatus.PARKED) {
            audit.recordRefusal(actor, AuditActions.OUTBOX_REPLAY, OBJECT_TYPE, id, "not-parked");
            throw new ApiProblem(409, "outbox-not-parked", "Not parked", "Only a parked delivery can be replayed.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.status = OutboxStatus.PENDING;
        e.attempts = 0;
        e.parkedAt = null;
        e.claimToken = null;
        e.nextAttemptAt = now;
        audit.record(actor, AuditActions.OUTBOX_REPLAY, OBJECT_TYPE, id, "parked-replay");
        return view(e);
    }

    static OutboxDeliveryView view(OutboxEvent e) {
        return new OutboxDeliveryView(e.id, e.kind, e.destination, e.status, e.attempts, e.lastError, e.createdAt,
                e.lastAttemptAt, e.parkedAt, e.nextAttemptAt);
    }
}
