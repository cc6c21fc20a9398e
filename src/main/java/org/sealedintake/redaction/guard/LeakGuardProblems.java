package org.sealedintake.redaction.guard;

import org.sealedintake.common.ApiProblem;

/**
 * The one problem a leak-guard refusal answers with: 422, the same type, title and detail whatever
 * was found (a reporter's attribute, someone else's name, a phone number), so the answer cannot be
 * used to test whether a person reported. Endpoints declare it as their 422.
 */
public final class LeakGuardProblems {
    /** Problem type, for clients that want to point the author at the rephrasing. */
    public static final String TYPE = "personal-data-in-text";
    public static final String TITLE = "Text carries personal data";
    public static final String DETAIL = "The text carries personal data (for example a name, a phone number, an account, "
            + "an e-mail or an address) and must be rephrased without it. Nothing was sent.";

    private LeakGuardProblems() {
    }

    public static ApiProblem personalData() {
        return new ApiProblem(422, TYPE, TITLE, DETAIL);
    }
}
