package org.sealedintake.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A moderator's note on a case; the text AEAD-encrypted and bound to the note id. */
@Entity
@Table(name = "case_note")
public class CaseNote {
    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sealed_text", nullable = false)
    public byte[] sealedText;

    @Override
    public String toString() {
        return "CaseNote[" + id + "]";
    }
}
