package org.sealedintake.intake.attachment;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.BodyLimitProblemRoute;
import org.sealedintake.common.SealedConfig;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import io.quarkus.logging.Log;
import org.sealedintake.intake.Attachment;
import org.sealedintake.intake.AttachmentModeratorCopy;
import org.sealedintake.redaction.image.ImageRefusedException;
import org.sealedintake.redaction.image.ImageStripper;
import org.sealedintake.redaction.image.StrippedImage;
import org.sealedintake.intake.Caller;
import org.sealedintake.intake.QuotaService;

/**
 * Accepts one image upload: reads the multipart body in memory (bounded), judges the content, encrypts
 * it and stores it for the caller. Refusals happen before anything is written. Deliberately not
 * transactional itself: {@link AttachmentWriter} writes in a short transaction once the body is read.
 */
@ApplicationScoped
public class AttachmentService {
    /** Room for the multipart delimiters and part headers around the largest accepted file. */
    static final long MULTIPART_OVERHEAD_BYTES = 16 * 1024;
    /** Longest side of the blurred preview moderators see by default. */
    static final int PREVIEW_SIDE = 160;

    private final SealedConfig.Intake limits;
    private final SingleFileMultipartParser parser;
    private final ImageInspector inspector;
    private final ImageStripper stripper;
    private final DataCipher cipher;
    private final AttachmentWriter writer;
    private final QuotaService quotas;
    private final Clock clock;

    AttachmentService(SealedConfig config, DataCipher cipher, AttachmentWriter writer, QuotaService quotas, Clock clock) {
        this.limits = config.intake();
        this.parser = new SingleFileMultipartParser(limits.maxUploadBytes() + MULTIPART_OVERHEAD_BYTES);
        this.inspector = new ImageInspector(limits.maxPixels());
        this.stripper = new ImageStripper(limits.maxPixels());
        this.cipher = cipher;
        this.writer = writer;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** The HTTP layer must let through every body this service is meant to judge itself. */
    void verifyLimits(@Observes StartupEvent start, SealedConfig config, BodyLimitProblemRoute bodyLimit) {
        if (bodyLimit.maxBodyBytes() < config.intake().maxUploadBytes() + MULTIPART_OVERHEAD_BYTES) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size must be at least "
                    + "sealed.intake.max-upload-bytes + " + MULTIPART_OVERHEAD_BYTES + " bytes");
        }
    }

    /**
     * The moderator copy (decoded and re-encoded: no metadata, nothing after the end marker) and its
     * blurred preview, still in the clear. Bytes after the end marker are logged by their size only.
     */
    private AttachmentModeratorCopy moderatorCopy(byte[] content) {
        StrippedImage stripped;
        byte[] preview;
        try {
            stripped = stripper.strip(content);
            preview = stripper.blurredPreview(stripped.bytes(), PREVIEW_SIDE);
        } catch (ImageRefusedException e) {
            throw new ApiProblem(422, "image-undecodable", "Image cannot be processed",
                    "The image could not be decoded; send it again or in another format.");
        }
        if (stripped.trailingBytes() > 0) {
            Log.infof("An upload carried %d bytes after the image's end marker; the moderator copy has none",
                    stripped.trailingBytes());
        }
        AttachmentModeratorCopy copy = new AttachmentModeratorCopy();
        copy.mediaType = stripped.mediaType();
        copy.width = stripped.width();
        copy.height = stripped.height();
        copy.content = stripped.bytes();
        copy.preview = preview;
        return copy;
    }

    public AttachmentReceipt upload(Caller caller, String contentType, InputStream body) {
        byte[] content = parser.readFile(contentType, body);
        if (content.length == 0) {
            throw new ApiProblem(400, "empty-upload", "Empty upload", "The file part is empty.");
        }
        if (content.length > limits.maxUploadBytes()) {
            throw new ApiProblem(413, "upload-too-large", "Content too large",
                    "The file is larger than this service accepts (" + limits.maxUploadBytes() + " bytes).");
        }
        ImageInspector.ImageInfo image = inspector.inspect(content);
        quotas.checkUpload(caller, content.length);
        AttachmentModeratorCopy copy = moderatorCopy(content);

        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.mediaType = image.mediaType();
        a.width = image.width();
        a.height = image.height();
        a.sizeBytes = content.length;
        a.uploadedAt = now;
        a.expiresAt = now.plus(limits.attachmentTtl());
        byte[] encrypted = cipher.encrypt(content, AssociatedData.attachment(a.id));
        Arrays.fill(content, (byte) 0);
        copy.attachmentId = a.id;
        copy.content = cipher.encrypt(copy.content, AssociatedData.attachmentModeratorCopy(a.id));
        copy.preview = cipher.encrypt(copy.preview, AssociatedData.attachmentPreview(a.id));
        writer.store(caller, a, encrypted, copy);
        return new AttachmentReceipt(a.id, a.mediaType, a.sizeBytes, a.width, a.height, a.expiresAt);
    }
}
