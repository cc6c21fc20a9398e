package org.sealedintake.cases.evidence;

/** PENDING: the platform has not answered yet (retried with backoff); CAPTURED: bytes kept. */
public enum EvidenceStatus {
    PENDING,
    CAPTURED,
    /** The platform says the item does not exist (it was gone before capture); retries stop. */
    NOT_FOUND,
    /** Retries exhausted; the case still works, without the item. */
    FAILED
}
