package org.sealedintake.intake.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sealedintake.common.TextRules;

/** Body of a message: a reporter's reply, or a moderator's question to a case's reporters. */
public record PostMessageRequest(
        @NotBlank(message = "text is required")
        @Size(max = ReportMessageService.MAX_TEXT_CHARS, message = "text is 1 to 2000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "text may hold line breaks and tabs but no other control characters")
        String text) {

    @Override
    public String toString() {
        return "PostMessageRequest[redacted]";
    }
}
