package org.sealedintake.notices.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the creator's notice list (policies/role-views.yaml, view {@code creator-notice-summary}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Members without a value are left out.", requiredProperties = { "id", "kind", "issuedAt", "contentRef" })
public record CreatorNoticeSummary(
        UUID id,
        @Schema(enumeration = { "VERIFICATION_REQUEST", "DECISION", "APPEAL_OUTCOME" }) String kind,
        Instant issuedAt,
        String contentRef,
        String restriction,
        Instant appealBy) {
}
