package org.sealedintake.cases.view;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderator's note on a case (policies/role-views.yaml, view {@code moderator-case-note}, ...). */
@Schema(requiredProperties = { "id", "author", "createdAt", "text" })
public record CaseNoteView(UUID id, @Schema(description = "Subject of the staff member who wrote it.") String author,
        Instant createdAt, String text) {
}
