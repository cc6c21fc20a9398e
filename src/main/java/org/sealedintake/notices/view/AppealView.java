package org.sealedintake.notices.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appeal as a senior moderator reads it (policies/role-views.yaml, view {@code senior-moderator-appeal}):
 * the case, who appealed (the creator, or a reporter: never which reporter), the grounds redacted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Members without a value are left out.", requiredProperties = { "id", "caseId", "appellant", "grounds", "status", "filedAt" })
public record AppealView(
        UUID id,
        UUID caseId,
        @Schema(enumeration = { "CREATOR", "REPORTER" }) String appellant,
        String grounds,
        @Schema(enumeration = { "OPEN", "DECIDED" }) String status,
        Instant filedAt,
        @Schema(enumeration = { "UPHELD", "REVERSED" }) String outcome,
        Instant outcomeAt) {
}
