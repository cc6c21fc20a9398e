package org.sealedintake.cases;

/** DSA Art. 17(3)(c): how far the decision itself was automated. */
public enum AutomationLevel {
    FULLY,
    PARTIALLY,
    NOT_AUTOMATED
}
