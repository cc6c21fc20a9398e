package org.sealedintake.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sealedintake.common.TextRules;

/** A senior moderator's outcome of an appeal; the explanation reaches the creator and passes the guard. */
public record DecideAppealRequest(
        @NotNull(message = "outcome is required (UPHELD or REVERSED)") Outcome outcome,
        @NotBlank(message = "explanation is required")
        @Size(max = 2000, message = "explanation is 1 to 2000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "explanation may hold line breaks and tabs but no other control characters")
        String explanation) {

    public enum Outcome {
        UPHELD,
        REVERSED
    }

    @Override
    public String toString() {
        return "DecideAppealRequest[" + outcome + "]";
    }
}
