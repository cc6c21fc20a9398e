package org.sealedintake.intake.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message under a report; texts AEAD-encrypted and bound to the message and its report. */
@Entity
@Table(name = "report_message")
public class ReportMessage {
    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageKind kind;

    /** As the reporter reads it: a moderator's text, or the reporter's reply as written. */
    @Column(name = "sealed_text", nullable = false)
    public byte[] sealedText;

    /** Replies only: the text as moderators read it (scrubbed and redacted). */
    @Column(name = "moderator_text")
    public byte[] moderatorText;

    /** A staff actor, or {@code reporter-of-report}; never a reporter's account. */
    @Column(nullable = false)
    public String author;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Override
    public String toString() {
        return "ReportMessage[" + id + "]";
    }
}
