package org.sealedintake.cases;

/** DSA Art. 17(3)(d)/(e): the decision rests on a law, or on the platform's terms. */
public enum DecisionGround {
    ILLEGAL_CONTENT,
    INCOMPATIBLE_CONTENT
}
