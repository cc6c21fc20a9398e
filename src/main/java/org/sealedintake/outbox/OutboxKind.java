package org.sealedintake.outbox;

/** What an outbox row carries; each kind has one payload shape, documented where it is built. */
public enum OutboxKind {
    /** A decision's restriction, for the platform's enforcement API. */
    ENFORCEMENT,
    /** A notice for a reviewed creator (issue 9). */
    CREATOR_NOTICE,
    /** A statement of reasons for the DSA Transparency Database (issue 9). */
    DSA_STATEMENT,
    /** A content-free "you have news" for an account, batched, with no report id (issue 9). */
    ACCOUNT_NEWS
}
