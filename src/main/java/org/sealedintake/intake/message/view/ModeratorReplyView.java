package org.sealedintake.intake.message.view;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message under one report of a case as moderators read it (policies/role-views.yaml): questions as
 * sent, replies scrubbed of the reporter's own identifiers and redacted. Never who replied.
 */
@Schema(requiredProperties = { "id", "reportId", "kind", "text", "sentAt" })
public record ModeratorReplyView(
        UUID id,
        UUID reportId,
        @Schema(enumeration = { "QUESTION", "REPLY", "OUTCOME", "APPEAL_OUTCOME" }) String kind,
        String text,
        Instant sentAt) {
}
