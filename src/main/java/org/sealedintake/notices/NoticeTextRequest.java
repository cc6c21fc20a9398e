package org.sealedintake.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sealedintake.common.TextRules;

/** A creator's response to a verification request, or the grounds of an appeal. */
public record NoticeTextRequest(
        @NotBlank(message = "text is required")
        @Size(max = 5000, message = "text is 1 to 5000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "text may hold line breaks and tabs but no other control characters")
        String text) {

    @Override
    public String toString() {
        return "NoticeTextRequest[redacted]";
    }
}
