package org.sealedintake.audit.view;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as auditors and approvers see it (the event holds no personal data). */
@Schema(requiredProperties = { "id", "eventId", "occurredAt", "actor", "action", "objectType", "objectId", "purpose", "outcome" })
public record AuditEventView(long id, UUID eventId, Instant occurredAt, String actor, String action,
        String objectType, String objectId, @Schema(nullable = true) String purpose, String outcome) {
}
