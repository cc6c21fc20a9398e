package org.sealedintake.cases;

/**
 * Who may open a case. Intimate images involving a minor go to child safety only; an escalated case
 * to senior moderators (or child safety). Never lowered once raised.
 */
public enum Audience {
    MODERATOR,
    SENIOR_MODERATOR,
    CHILD_SAFETY
}
