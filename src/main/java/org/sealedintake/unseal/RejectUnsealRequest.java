package org.sealedintake.unseal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/unseal-requests/{id}/reject}: the reason is shown to the requester. */
public record RejectUnsealRequest(
        @NotBlank(message = "reason is required")
        @Size(max = 1000, message = "reason is at most 1000 characters") String reason) {
}
