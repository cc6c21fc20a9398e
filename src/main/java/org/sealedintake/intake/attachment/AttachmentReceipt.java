package org.sealedintake.intake.attachment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reporter's answer to an upload: what the content was judged to be, and until when it can be used. */
@Schema(requiredProperties = { "attachmentId", "mediaType", "sizeBytes", "width", "height", "expiresAt" })
public record AttachmentReceipt(UUID attachmentId, String mediaType, long sizeBytes, int width, int height,
        Instant expiresAt) {
}
