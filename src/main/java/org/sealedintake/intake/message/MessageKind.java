package org.sealedintake.intake.message;

/** What a message under a report is: a moderator's question, the reporter's reply, or an outcome. */
public enum MessageKind {
    QUESTION,
    REPLY,
    OUTCOME,
    APPEAL_OUTCOME;

    /** Whether the reporter wrote it (the rest come from moderators). */
    public boolean fromReporter() {
        return this == REPLY;
    }
}
