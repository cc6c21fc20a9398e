package org.sealedintake.notices.dsa;

/**
 * What set the decision in motion, as the case knows it. Which {@code source_type} each becomes is
 * argued in docs/dsa-export.md and decision D16: a trusted flagger's notice is published as an
 * Art. 16 notice, never as {@code SOURCE_TRUSTED_FLAGGER}.
 */
public enum DecisionSource {
    /** One or more reports (Art. 16 notices) from users. */
    NOTICE,
    /** At least one report came from a trusted flagger (Art. 22); also an Art. 16 notice. */
    TRUSTED_FLAGGER_NOTICE,
    /** The platform's own initiative, no report behind the decision. */
    OWN_INITIATIVE,
    /** A notification that is not an Art. 16 notice (for example an authority's order, Art. 9). */
    OTHER_NOTIFICATION
}
