package org.sealedintake.outbox.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.outbox.OutboxKind;
import org.sealedintake.outbox.OutboxStatus;

/**
 * An outbox delivery as an admin sees it: where it goes and how its attempts went, never its body
 * (which may hold a notice's text) and never anything that names a person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OutboxDelivery", description = "An outbox delivery without its body.")
public record OutboxDeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) OutboxKind kind,
        @Schema(required = true, description = "Configured receiver name.", example = "platform-enforcement") String destination,
        @Schema(required = true) OutboxStatus status,
        @Schema(required = true, description = "Delivery attempts since it was queued or last replayed.") int attempts,
        @Schema(description = "Status code or error class of the last failed attempt, e.g. http-503, timeout.", example = "http-503")
        String lastError,
        @Schema(required = true) Instant createdAt,
        Instant lastAttemptAt,
        @Schema(description = "When it was parked; absent once replayed.") Instant parkedAt,
        @Schema(required = true, description = "Not attempted before this instant.") Instant nextAttemptAt) {
}
