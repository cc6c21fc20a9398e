package org.sealedintake.notices.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporter's appeal of "no action" on their report (policies/role-views.yaml, view {@code reporter-appeal}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Members without a value are left out.", requiredProperties = { "id", "status", "filedAt" })
public record ReporterAppealView(
        UUID id,
        @Schema(enumeration = { "OPEN", "DECIDED" }) String status,
        Instant filedAt,
        @Schema(enumeration = { "UPHELD", "REVERSED" }) String outcome) {
}
