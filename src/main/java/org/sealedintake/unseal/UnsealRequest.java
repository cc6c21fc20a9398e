package org.sealedintake.unseal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One request to learn who filed a report. Refers to the report by id only (no foreign key). */
@Entity
@Table(name = "unseal_request")
class UnsealRequest {
    @Id
    UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    UUID reportId;

    @Column(name = "requester_subject", nullable = false, updatable = false)
    String requesterSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, updatable = false)
    LegalBasis legalBasis;

    @Column(name = "reference", nullable = false, updatable = false)
    String reference;

    @Column(name = "justification", nullable = false, updatable = false)
    String justification;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    UnsealStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "approved_at")
    Instant approvedAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Column(name = "executed_at")
    Instant executedAt;

    @Column(name = "deferral_reason")
    String deferralReason;

    @Column(name = "deferred_until")
    Instant deferredUntil;

    /** The status as of {@code now}: an approved request past its expiry is expired even before it is marked so. */
    UnsealStatus statusAt(Instant now) {
        if (status == UnsealStatus.APPROVED && expiresAt != null && !now.isBefore(expiresAt)) {
            return UnsealStatus.EXPIRED;
        }
        return status;
    }

    @Override
    public String toString() {
        return "UnsealRequest[" + id + "]";
    }
}
