package org.sealedintake.cases;

/** What a case is about: one item of content, or an account as a whole. */
public enum CaseKind {
    CONTENT,
    ACCOUNT
}
