package org.sealedintake.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The AEAD-encrypted bytes of an attachment, kept apart so listing metadata never loads them. */
@Entity
@Table(name = "attachment_blob")
public class AttachmentBlob {
    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;

    @Column(nullable = false)
    public byte[] content;

    @Override
    public String toString() {
        return "AttachmentBlob[" + attachmentId + "]";
    }
}
