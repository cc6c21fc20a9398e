package org.sealedintake.unseal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** {@code POST /v1/unseal-requests/{id}/approve}; the body is optional. */
public record ApproveUnsealRequest(@Valid DisclosureDeferral disclosureDeferral) {

    /** The reporter is not told of the disclosure before {@code until}, for the stated reason. */
    public record DisclosureDeferral(
            @NotBlank(message = "disclosureDeferral.reason is required")
            @Size(max = 1000, message = "disclosureDeferral.reason is at most 1000 characters")
            @Pattern(regexp = TextRules.MULTI_LINE, message = "disclosureDeferral.reason may hold line breaks and tabs but no other control characters")
            @Schema(description = "Free text; keeps line breaks and tabs, refuses other control characters.")
            String reason,
            @NotNull(message = "disclosureDeferral.until is required") Instant until) {
    }
}
