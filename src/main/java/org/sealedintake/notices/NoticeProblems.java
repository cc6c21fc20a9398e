package org.sealedintake.notices;

import org.sealedintake.common.ApiProblem;

/** The problems of notices and appeals. */
public final class NoticeProblems {
    private NoticeProblems() {
    }

    /**
     * The one refusal for creator-bound text. Identical whether the text named a reporter or anyone
     * else, so the guard cannot be asked who reported.
     */
    public static ApiProblem personalData() {
        return new ApiProblem(422, "personal-data-in-text", "Text carries personal data",
                "The text carries personal data (a name, number, handle or address). Rephrase it without them.");
    }

    static ApiProblem notAVerificationRequest() {
        return new ApiProblem(409, "not-a-verification-request", "Nothing to respond to",
                "Only a verification request takes a response.");
    }

    static ApiProblem alreadyResponded() {
        return new ApiProblem(409, "already-responded", "Already answered", "This verification request was answered already.");
    }

    static ApiProblem notAppealable() {
        return new ApiProblem(409, "not-appealable", "Nothing to appeal",
                "Only a decision can be appealed, once, before its appeal deadline.");
    }

    static ApiProblem accountClaimMissing() {
        return new ApiProblem(403, "account-claim-missing", "Forbidden", "The token does not name a platform account.");
    }
}
