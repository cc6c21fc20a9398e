package org.sealedintake.cases.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.intake.message.view.ModeratorReplyView;

/**
 * What moderators exchanged on a case (policies/role-views.yaml, views {@code *-case-conversation}):
 * questions to the reporters and their replies (never who replied), verification requests to the
 * creator and the creator's answers (redacted), whether the leak guard's self-test passed for every
 * report, and how many creator-bound texts the guard refused on this case.
 */
@Schema(requiredProperties = { "caseId", "reporterMessages", "verificationRequests", "guardSelfTestsPassed",
        "refusedCreatorTexts" })
public record CaseConversationView(
        UUID caseId,
        List<ModeratorReplyView> reporterMessages,
        List<VerificationView> verificationRequests,
        @Schema(description = "false: a reporter's identifiers could not all be proven caught; "
                + "review every creator-bound text of this case by hand.") boolean guardSelfTestsPassed,
        @Schema(description = "Creator-bound texts refused on this case; from the policy's level on, a senior moderator looks.")
        long refusedCreatorTexts) {

    /** A question to the creator and their answer, if any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Members without a value are left out.", requiredProperties = { "noticeId", "question", "releaseAt" })
    public record VerificationView(UUID noticeId, String question, Instant releaseAt, String response, Instant respondedAt) {
    }
}
