package org.sealedintake.unseal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** {@code POST /v1/unseal-requests/{id}/reject}: the reason is shown to the requester. */
public record RejectUnsealRequest(
        @NotBlank(message = "reason is required")
        @Size(max = 1000, message = "reason is at most 1000 characters")
        @Pattern(regexp = TextRules.MULTI_LINE, message = "reason may hold line breaks and tabs but no other control characters")
        @Schema(description = "Shown to the requester. Free text; keeps line breaks and tabs, refuses other control characters.")
        String reason) {
}
