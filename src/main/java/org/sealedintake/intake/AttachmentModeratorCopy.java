package org.sealedintake.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What moderators may see of an image attachment: a copy decoded and re-encoded without metadata or
 * trailing data, and a small blurred preview, both AEAD-encrypted and bound to the attachment.
 */
@Entity
@Table(name = "attachment_moderator_copy")
public class AttachmentModeratorCopy {
    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public byte[] preview;

    @Override
    public String toString() {
        return "AttachmentModeratorCopy[" + attachmentId + "]";
    }
}
