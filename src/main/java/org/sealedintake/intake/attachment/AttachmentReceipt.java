package org.sealedintake.intake.attachment;

import java.time.Instant;
import java.util.UUID;

/** The reporter's answer to an upload: what the content was judged to be, and until when it can be used. */
public record AttachmentReceipt(UUID attachmentId, String mediaType, long sizeBytes, int width, int height,
        Instant expiresAt) {
}
