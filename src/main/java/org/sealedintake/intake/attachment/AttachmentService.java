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
import org.sealedintake.intake.Attachment;
import org.sealedintake.intake.Caller;

/**
 * Accepts one image upload: reads the multipart body in memory (bounded), judges the content, encrypts
 * it and stores it for the caller. Refusals happen before anything is written. Deliberately not
 * transactional itself: {@link AttachmentWriter} writes in a short transaction once the body is read.
 */
@ApplicationScoped
public class AttachmentService {
    /** Room for the multipart delimiters and part headers around the largest accepted file. */
    static final long MULTIPART_OVERHEAD_BYTES = 16 * 1024;

    private final SealedConfig.Intake limits;
    private final SingleFileMultipartParser parser;
    private final ImageInspector inspector;
    private final DataCipher cipher;
    private final AttachmentWriter writer;
    private final Clock clock;

    AttachmentService(SealedConfig config, DataCipher cipher, AttachmentWriter writer, Clock clock) {
        this.limits = config.intake();
        this.parser = new SingleFileMultipartParser(limits.maxUploadBytes() + MULTIPART_OVERHEAD_BYTES);
        this.inspector = new ImageInspector(limits.maxPixels());
        this.cipher = cipher;
        this.writer = writer;
        this.clock = clock;
    }

    /** The HTTP layer must let through every body this service is meant to judge itself. */
    void verifyLimits(@Observes StartupEvent start, SealedConfig config, BodyLimitProblemRoute bodyLimit) {
        if (bodyLimit.maxBodyBytes() < config.intake().maxUploadBytes() + MULTIPART_OVERHEAD_BYTES) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size must be at least "
                    + "sealed.intake.max-upload-bytes + " + MULTIPART_OVERHEAD_BYTES + " bytes");
        }
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
        writer.store(caller, a, encrypted);
        return new AttachmentReceipt(a.id, a.mediaType, a.sizeBytes, a.width, a.height, a.expiresAt);
    }
}
