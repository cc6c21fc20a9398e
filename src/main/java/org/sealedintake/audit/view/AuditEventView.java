package org.sealedintake.audit.view;

import java.time.Instant;
import java.util.UUID;

/** An audit event as auditors and approvers see it (the event holds no personal data). */
public record AuditEventView(long id, UUID eventId, Instant occurredAt, String actor, String action,
        String objectType, String objectId, String purpose, String outcome) {
}
