package org.sealedintake.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A moderator's decision on a case. Enumerations and numbers plain (they are published in the DSA
 * transparency database anyway); legal ground, facts and explanation AEAD-encrypted as one JSON.
 */
@Entity
@Table(name = "case_decision")
public class CaseDecision {
    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "canonical_ref", nullable = false)
    public String canonicalRef;

    @Column(name = "target_owner", nullable = false)
    public String targetOwner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionAction action;

    @Enumerated(EnumType.STRING)
    @Column
    public DecisionGround ground;

    @Column(name = "statement_category", nullable = false)
    public String statementCategory;

    @Column(name = "duration_days")
    public Integer durationDays;

    /** Comma-separated ISO 3166-1 alpha-2 codes. */
    @Column(name = "territorial_scope", nullable = false)
    public String territorialScope;

    @Column(name = "automated_detection", nullable = false)
    public boolean automatedDetection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AutomationLevel automation;

    @Column(name = "block_re_registration", nullable = false)
    public boolean blockReRegistration;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "sealed_text", nullable = false)
    public byte[] sealedText;

    @Override
    public String toString() {
        return "CaseDecision[" + id + "]";
    }
}
