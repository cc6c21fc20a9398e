package org.sealedintake.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** Body of {@code POST /v1/cases/{id}/decision}: enough for a DSA statement of reasons. */
public record DecisionRequest(
        @NotNull(message = "action is required") DecisionAction action,
        @Schema(nullable = true, description = "Required unless the action is NO_ACTION, WARN or REFER_TO_LAW_ENFORCEMENT.")
        DecisionGround ground,
        @NotBlank(message = "legalGround is required")
        @Size(max = 500, message = "legalGround is 1 to 500 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "legalGround must not contain control characters")
        @Schema(description = "The law or the terms-of-service rule the decision rests on.")
        String legalGround,
        @NotBlank(message = "facts is required")
        @Size(max = 5000, message = "facts is 1 to 5000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "facts may hold line breaks and tabs but no other control characters")
        String facts,
        @NotBlank(message = "explanation is required")
        @Size(max = 2000, message = "explanation is 1 to 2000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "explanation may hold line breaks and tabs but no other control characters")
        String explanation,
        @NotBlank(message = "statementCategory is required")
        @Size(max = 80, message = "statementCategory is at most 80 characters")
        @Schema(description = "A DSA STATEMENT_CATEGORY_* key.", example = "STATEMENT_CATEGORY_CYBER_VIOLENCE")
        String statementCategory,
        @Min(value = 1, message = "durationDays is 1 to 36500, or null for indefinite")
        @Max(value = 36500, message = "durationDays is 1 to 36500, or null for indefinite")
        @Schema(nullable = true, description = "Null: indefinite.")
        Integer durationDays,
        @NotEmpty(message = "territorialScope lists at least one country")
        @Size(max = 30, message = "territorialScope lists at most 30 countries")
        @Schema(description = "ISO 3166-1 alpha-2 codes of EEA countries.")
        List<@NotNull(message = "territorialScope must not contain null") @Pattern(regexp = "^[A-Z]{2}$",
                message = "territorialScope holds two-letter country codes") String> territorialScope,
        @NotNull(message = "automatedDetection is required (true or false)") Boolean automatedDetection,
        @NotNull(message = "automation is required") AutomationLevel automation,
        @Schema(nullable = true, description = "Only with TERMINATE_ACCOUNT: block re-registration of its phone number.")
        Boolean blockReRegistration) {

    public DecisionRequest {
        blockReRegistration = blockReRegistration != null && blockReRegistration;
    }

    @Override
    public String toString() {
        return "DecisionRequest[" + action + "]";
    }
}
