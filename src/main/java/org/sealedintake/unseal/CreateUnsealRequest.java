package org.sealedintake.unseal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** {@code POST /v1/unseal-requests}; the minimum justification length comes from the policy. */
public record CreateUnsealRequest(
        @NotNull(message = "reportId is required") UUID reportId,
        @NotNull(message = "legalBasis is required") LegalBasis legalBasis,
        @NotBlank(message = "reference is required (e.g. the court order number)")
        @Size(max = 200, message = "reference is at most 200 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "reference must not contain control characters") String reference,
        @NotBlank(message = "justification is required")
        @Size(max = 4000, message = "justification is at most 4000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "justification may hold line breaks and tabs but no other control characters")
        @Schema(description = "Free text; keeps line breaks and tabs, refuses other control characters.")
        String justification) {
}
