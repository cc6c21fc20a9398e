package org.sealedintake.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded image: metadata here, the encrypted bytes in {@link AttachmentBlob}. */
@Entity
@Table(name = "attachment")
public class Attachment {
    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Override
    public String toString() {
        return "Attachment[" + id + "]";
    }
}
