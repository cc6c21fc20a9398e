package org.sealedintake.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sealedintake.crypto.AuditSigner;

/**
 * Writes audit events. {@link #record} joins the caller's transaction, so an action whose event
 * cannot be written does not happen; {@link #recordRefusal} commits on its own, so a refused
 * attempt stays on record although the request fails. Each event is sealed (signed) as it is made.
 */
@ApplicationScoped
public class AuditLog {
    private final AuditEventRepository events;
    private final AuditSigner signer;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditSigner signer, Clock clock) {
        this.events = events;
        this.signer = signer;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectType, Object objectId, String purpose) {
        events.insert(event(actor, action, objectType, objectId, purpose, AuditActions.OUTCOME_OK));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String objectType, Object objectId, String reason) {
        events.insert(event(actor, action, objectType, objectId, reason, AuditActions.OUTCOME_REFUSED));
    }

    /** The seal of an event: a database writer who edits or forges an event cannot make one (docs/audit.md). */
    static byte[] seal(UUID eventId, Instant occurredAt, String actor, String action, String objectType, String objectId,
            String purpose, String outcome, AuditSigner signer) {
        return signer.sealEvent(EventEncoding.sealMessage(eventId, Checkpoint.micros(occurredAt), actor, action, objectType,
                objectId, purpose, outcome));
    }

    private AuditEvent event(String actor, String action, String objectType, Object objectId, String purpose, String outcome) {
        AuditEvent e = new AuditEvent();
        e.eventId = UUID.randomUUID();
        // Microsecond precision: what PostgreSQL stores, so a re-read event hashes the same.
        e.occurredAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        e.actor = actor;
        e.action = action;
        e.objectType = objectType;
        e.objectId = String.valueOf(objectId);
        e.purpose = purpose;
        e.outcome = outcome;
        e.seal = seal(e.eventId, e.occurredAt, actor, action, objectType, e.objectId, purpose, outcome, signer);
        return e;
    }
}
