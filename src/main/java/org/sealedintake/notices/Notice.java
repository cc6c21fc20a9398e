package org.sealedintake.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notice to the creator the platform named as owner; invisible before {@link #releaseAt}. */
@Entity
@Table(name = "notice")
public class Notice {
    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The platform account id of the content's owner, as the platform named it (never a reporter's input). */
    @Column(name = "recipient_account", nullable = false)
    public String recipientAccount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(name = "decision_id")
    public UUID decisionId;

    /** The staff actor who made the decision: an appeal goes to someone else. Never shown to the creator. */
    @Column(name = "decided_by")
    public String decidedBy;

    /** {@link NoticeContent} as JSON, AEAD-encrypted and bound to the notice id. */
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "release_at", nullable = false)
    public Instant releaseAt;

    @Column(name = "appeal_by")
    public Instant appealBy;

    @Column
    public byte[] response;

    @Column(name = "responded_at")
    public Instant respondedAt;

    /** The creator's release batch; the notice is released with the rest of it. */
    @Column(name = "release_batch_id")
    public UUID releaseBatchId;

    @Override
    public String toString() {
        return "Notice[" + id + "]";
    }
}
