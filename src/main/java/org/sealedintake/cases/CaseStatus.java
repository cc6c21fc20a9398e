package org.sealedintake.cases;

/** A case's lifecycle: NEW, IN_REVIEW (claimed once), DECIDED, APPEALED, CLOSED. */
public enum CaseStatus {
    NEW,
    IN_REVIEW,
    DECIDED,
    APPEALED,
    CLOSED;

    /** Whether the case waits for a decision (it is in the queue). */
    public boolean open() {
        return this == NEW || this == IN_REVIEW;
    }
}
