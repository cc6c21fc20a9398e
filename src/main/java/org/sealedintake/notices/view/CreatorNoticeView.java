package org.sealedintake.notices.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notice as its creator reads it (policies/role-views.yaml, view {@code creator-notice}): what of
 * theirs was reviewed, the restriction with its scope and duration, facts, ground and explanation,
 * automation, how to appeal and by when, redress routes; or a moderator's question and their answer.
 * Nothing about reports: not their text, attachments, number, times or authors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Members without a value are left out.", requiredProperties = { "id", "kind", "issuedAt", "contentRef", "territorialScope", "redress" })
public record CreatorNoticeView(
        UUID id,
        @Schema(enumeration = { "VERIFICATION_REQUEST", "DECISION", "APPEAL_OUTCOME" }) String kind,
        Instant issuedAt,
        String contentRef,
        @Schema(description = "The action taken (DECISION and APPEAL_OUTCOME).") String restriction,
        List<String> territorialScope,
        @Schema(description = "Last day of the restriction; absent when indefinite.") LocalDate restrictionEndsOn,
        String facts,
        @Schema(enumeration = { "ILLEGAL_CONTENT", "INCOMPATIBLE_CONTENT" }) String ground,
        String legalGround,
        String explanation,
        Boolean automatedDetection,
        @Schema(enumeration = { "FULLY", "PARTIALLY", "NOT_AUTOMATED" }) String automation,
        @Schema(description = "A moderator's question (VERIFICATION_REQUEST).") String question,
        @Schema(enumeration = { "UPHELD", "REVERSED" }) String appealOutcome,
        @Schema(description = "Appeal deadline (DECISION).") Instant appealBy,
        @Schema(description = "Whether this decision was appealed.") Boolean appealed,
        List<String> redress,
        @Schema(description = "The creator's own answer to a verification request.") String response,
        Instant respondedAt) {
}
