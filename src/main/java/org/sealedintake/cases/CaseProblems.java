package org.sealedintake.cases;

import org.sealedintake.common.ApiProblem;

/** The refusals of case work, in one place. */
final class CaseProblems {
    private CaseProblems() {
    }

    /** Absent, not the caller's audience, or about the caller's own account: all look alike. */
    static ApiProblem notFound() {
        return new ApiProblem(404, "case-not-found", "Case not found", "No such case.");
    }

    static ApiProblem attachmentNotFound() {
        return new ApiProblem(404, "attachment-not-found", "Attachment not found", "No such attachment in this case.");
    }

    static ApiProblem claimedByAnother() {
        return new ApiProblem(409, "case-claimed", "Case claimed", "Another moderator holds an unexpired claim on this case.");
    }

    static ApiProblem notOpen() {
        return new ApiProblem(409, "case-not-open", "Case not open", "The case is not waiting for a decision.");
    }

    static ApiProblem claimRequired() {
        return new ApiProblem(409, "claim-required", "Claim required", "Only the moderator holding an unexpired claim may do this; claim the case first.");
    }

    static ApiProblem ownerUnknown() {
        return new ApiProblem(409, "target-owner-unknown", "Target owner unknown",
                "The platform has not named the target's owner yet (evidence capture pending); decide once it has.");
    }

    static ApiProblem cannotLower() {
        return new ApiProblem(409, "escalation-not-allowed", "Escalation not allowed",
                "A child-safety case stays with child safety.");
    }

    static ApiProblem invalid(String type, String detail) {
        return new ApiProblem(422, type, "Invalid decision", detail);
    }

    /** The leak guard could not prove it catches every identifier of a reporter of this case. */
    static ApiProblem seniorReviewRequired() {
        return new ApiProblem(409, "senior-review-required", "Senior moderator required",
                "The leak guard's self-test did not pass for every report of this case: texts to its creator go out "
                        + "only from a senior moderator, who reviews them by hand.");
    }
}
