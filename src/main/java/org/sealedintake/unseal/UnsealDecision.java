package org.sealedintake.unseal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One approver's decision on one request; the table allows one per approver and request. */
@Entity
@Table(name = "unseal_approval")
class UnsealDecision {
    enum Kind {
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    UUID requestId;

    @Column(name = "approver_subject", nullable = false, updatable = false)
    String approverSubject;

    @Column(name = "decided_at", nullable = false, updatable = false)
    Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false)
    Kind decision;

    /** Until when this decision may count towards an execution; part of the signed evidence. */
    @Column(name = "execution_deadline", updatable = false)
    Instant executionDeadline;

    /** The executor's signature over {@link ApprovalEvidence#message}; null on rows it never signed. */
    @Column(name = "signature", updatable = false)
    byte[] signature;

    @Override
    public String toString() {
        return "UnsealDecision[" + id + "]";
    }
}
