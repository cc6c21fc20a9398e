package org.sealedintake.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** Body of {@code POST /v1/cases/{id}/escalate}. */
public record EscalateRequest(
        @NotNull(message = "to is required (SENIOR_MODERATOR or CHILD_SAFETY)") Target to,
        @Size(max = 5000, message = "note is at most 5000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "note may hold line breaks and tabs but no other control characters")
        @Schema(nullable = true, description = "Optional; kept as a note on the case.")
        String note) {

    /** Where a case can be escalated to. */
    public enum Target {
        SENIOR_MODERATOR,
        CHILD_SAFETY
    }

    @Override
    public String toString() {
        return "EscalateRequest[" + to + "]";
    }
}
