package org.sealedintake.intake.message.view;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message under the reporter's own report (policies/role-views.yaml, view {@code reporter-message}):
 * moderators' questions and outcomes, and the reporter's replies as written. Never the moderator's
 * name, never anything the reviewed creator wrote.
 */
@Schema(requiredProperties = { "id", "kind", "fromMe", "text", "sentAt" })
public record ReporterMessageView(
        UUID id,
        @Schema(enumeration = { "QUESTION", "REPLY", "OUTCOME", "APPEAL_OUTCOME" }) String kind,
        @Schema(description = "true for the reporter's own replies.") boolean fromMe,
        String text,
        Instant sentAt) {
}
