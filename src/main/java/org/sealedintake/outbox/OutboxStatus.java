package org.sealedintake.outbox;

/** Lifecycle of an outbox row: pending until delivered, or parked after too many failures. */
public enum OutboxStatus {
    PENDING,
    DELIVERED,
    PARKED
}
