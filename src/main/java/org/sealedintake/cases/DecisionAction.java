package org.sealedintake.cases;

/**
 * What a moderator decides about a case's target. "Remove" means gone in every visibility state,
 * private ("only visible to me") included. How each maps to a DSA statement of reasons is in
 * docs/dsa-export.md.
 */
public enum DecisionAction {
    REMOVE_CONTENT,
    DISABLE_ACCESS,
    RESTRICT_VISIBILITY,
    LABEL,
    WARN,
    RESTRICT_INTERACTION,
    SUSPEND_ACCOUNT,
    /** Ends the account and blocks re-registration of its phone number. */
    TERMINATE_ACCOUNT,
    REFER_TO_LAW_ENFORCEMENT,
    NO_ACTION;

    /** Whether the action restricts anything (and so needs a ground and produces a statement of reasons). */
    public boolean restricts() {
        return this != NO_ACTION && this != REFER_TO_LAW_ENFORCEMENT && this != WARN;
    }
}
