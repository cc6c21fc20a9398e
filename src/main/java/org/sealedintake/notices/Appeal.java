package org.sealedintake.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An appeal of a decision (DSA Art. 20), by the creator or by a reporter of a "no action" decision. */
@Entity
@Table(name = "appeal")
public class Appeal {
    public static final String CREATOR = "CREATOR";
    public static final String REPORTER = "REPORTER";
    public static final String OPEN = "OPEN";
    public static final String DECIDED = "DECIDED";

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    /** Who made the decision: never the one who decides the appeal. */
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(nullable = false)
    public String appellant;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "report_id")
    public UUID reportId;

    /** AEAD; a reporter's grounds as moderators read them (their own identifiers replaced). */
    @Column(nullable = false)
    public byte[] grounds;

    @Column(nullable = false)
    public String status;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column
    public String outcome;

    @Column(name = "outcome_by")
    public String outcomeBy;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "outcome_text")
    public byte[] outcomeText;

    @Override
    public String toString() {
        return "Appeal[" + id + "]";
    }
}
