package org.sealedintake.unseal;

/** Life of an unseal request: PENDING until enough approvals, then APPROVED until executed or expired. */
public enum UnsealStatus {
    PENDING,
    APPROVED,
    REJECTED,
    EXECUTED,
    EXPIRED
}
