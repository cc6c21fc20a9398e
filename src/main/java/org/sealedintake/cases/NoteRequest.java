package org.sealedintake.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sealedintake.common.TextRules;

/** Body of {@code POST /v1/cases/{id}/notes}. */
public record NoteRequest(
        @NotBlank(message = "text is required")
        @Size(max = 5000, message = "text is 1 to 5000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "text may hold line breaks and tabs but no other control characters")
        String text) {

    @Override
    public String toString() {
        return "NoteRequest[redacted]";
    }
}
