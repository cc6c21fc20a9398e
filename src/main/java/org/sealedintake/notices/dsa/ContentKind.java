package org.sealedintake.notices.dsa;

/** What the decision is about, as the platform's content reference names it. */
public enum ContentKind {
    TEXT,
    IMAGE,
    VIDEO,
    /** A live stream or its recording: video to the Transparency Database. */
    LIVE_STREAM,
    AUDIO,
    SYNTHETIC_MEDIA,
    PRODUCT,
    APP,
    /** A report about an account as a whole (its profile). */
    ACCOUNT,
    OTHER
}
