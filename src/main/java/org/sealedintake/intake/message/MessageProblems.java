package org.sealedintake.intake.message;

import org.sealedintake.common.ApiProblem;

/** The problems of messages under reports. */
final class MessageProblems {
    private MessageProblems() {
    }

    static ApiProblem nothingToAnswer() {
        return new ApiProblem(409, "no-question-to-answer", "Nothing to answer",
                "A reply is possible once a moderator has asked a question under this report.");
    }

    static ApiProblem tooMany() {
        return new ApiProblem(409, "too-many-messages", "Too many messages",
                "This report has reached the number of messages it can hold; the case is handled with what is there.");
    }

    /** Deliberately says nothing about what was found or whose it is. */
    static ApiProblem personalData() {
        return new ApiProblem(422, "personal-data-in-text", "Text carries personal data",
                "The text carries personal data (a name, number, handle or address). Rephrase it without them.");
    }
}
