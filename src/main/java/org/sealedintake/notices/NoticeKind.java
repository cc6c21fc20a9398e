package org.sealedintake.notices;

/** What a notice to a reviewed creator is. */
public enum NoticeKind {
    /** A moderator asks the creator for their side before deciding. */
    VERIFICATION_REQUEST,
    /** A statement of reasons (DSA Art. 17) for a decision about the creator's content or account. */
    DECISION,
    /** The outcome of an appeal (DSA Art. 20). */
    APPEAL_OUTCOME
}
