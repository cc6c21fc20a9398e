package org.sealedintake.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A filed report. Nothing on it names or indexes its owner ({@link Ownership} holds that apart); the
 * texts the reporter wrote are AEAD ciphertext bound to the report id.
 */
@Entity
@Table(name = "report")
public class Report {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "target_content_ref", nullable = false)
    public String targetContentRef;

    @Column(name = "target_account")
    public String targetAccount;

    @Column(name = "involves_minor", nullable = false)
    public boolean involvesMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_type", nullable = false)
    public Victim.Type victimType;

    /** AEAD of {@link ReportText}: description and the victim's account. */
    @Column(name = "sealed_text", nullable = false)
    public byte[] sealedText;

    /**
     * AEAD of the description as moderators read it: the reporter's own identifiers replaced by
     * {@code [REPORTER]}, other personal data by typed placeholders. Null for reports filed before V6.
     */
    @Column(name = "moderator_text")
    public byte[] moderatorText;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "acknowledge_by", nullable = false)
    public Instant acknowledgeBy;

    @Column(name = "feedback_by", nullable = false)
    public Instant feedbackBy;

    /** The decision's action once the report's case is decided: what its reporter is told, with the day. */
    @Column(name = "outcome_action")
    public String outcomeAction;

    @Column(name = "outcome_on")
    public java.time.LocalDate outcomeOn;

    @Override
    public String toString() {
        return "Report[" + id + "]";
    }
}
