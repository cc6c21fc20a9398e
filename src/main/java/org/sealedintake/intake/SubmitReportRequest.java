package org.sealedintake.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** Body of {@code POST /v1/reports}. */
public record SubmitReportRequest(
        @NotNull(message = "category is required") Category category,
        @NotBlank(message = "targetContentRef is required")
        @Size(max = 512, message = "targetContentRef is at most 512 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "targetContentRef must not contain control characters")
        String targetContentRef,
        @Size(min = 1, max = 128, message = "targetAccount must be 1 to 128 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "targetAccount must not contain control characters")
        String targetAccount,
        @NotBlank(message = "description is required")
        @Size(max = IntakeLimits.MAX_DESCRIPTION_CHARS, message = "description is 1 to 5000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "description may hold line breaks and tabs but no other control characters")
        @Schema(description = "Free text; keeps line breaks and tabs, refuses other control characters.")
        String description,
        @NotNull(message = "involvesMinor is required (true or false)") Boolean involvesMinor,
        @NotNull(message = "victim is required") @Valid Victim victim,
        @Size(max = IntakeLimits.MAX_ATTACHMENTS, message = "at most 10 attachments per report")
        List<@NotNull(message = "attachmentIds must not contain null") UUID> attachmentIds,
        @Valid ReporterContact reporterContact) {

    public SubmitReportRequest {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    @Override
    public String toString() {
        return "SubmitReportRequest[" + category + "]";
    }
}
