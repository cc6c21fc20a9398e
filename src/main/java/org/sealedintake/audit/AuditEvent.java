package org.sealedintake.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One action on personal data. Insert-only; refers to objects by id without foreign keys (retention
 * deletes reports, the log stays). Holds no personal data.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    public String actor;

    @Column(name = "action", nullable = false, updatable = false)
    public String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    public String objectId;

    @Column(name = "purpose", updatable = false)
    public String purpose;

    @Column(name = "outcome", nullable = false, updatable = false)
    public String outcome;

    /**
     * Signature by the service's audit key over the event's fields ({@link EventEncoding#sealMessage}),
     * made when the event is written; the chainer refuses to chain an event whose seal does not verify.
     */
    @Column(name = "seal", updatable = false)
    public byte[] seal;

    @Override
    public String toString() {
        return "AuditEvent[" + id + "]";
    }
}
