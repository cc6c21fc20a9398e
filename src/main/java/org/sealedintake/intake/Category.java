package org.sealedintake.intake;

/** What a report is about (wire contract, api-and-roles.md). */
public enum Category {
    PERSONAL_INFORMATION_EXPOSURE,
    INTIMATE_IMAGES,
    HARASSMENT,
    THREAT,
    DEFAMATION,
    SELF_HARM_INCITEMENT,
    HATEFUL_CONDUCT,
    OTHER
}
