package org.sealedintake.intake.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sealedintake.audit.AuditActions;
import org.sealedintake.audit.AuditLog;
import org.sealedintake.intake.Attachment;
import org.sealedintake.intake.AttachmentBlob;
import org.sealedintake.intake.AttachmentBlobRepository;
import org.sealedintake.intake.AttachmentModeratorCopy;
import org.sealedintake.intake.AttachmentModeratorCopyRepository;
import org.sealedintake.intake.AttachmentRepository;
import org.sealedintake.intake.Caller;
import org.sealedintake.intake.Ownership;
import org.sealedintake.intake.QuotaService;

/**
 * Writes an inspected, already encrypted upload in one transaction: the quota charge, metadata, the
 * ownership proof, encrypted bytes, the encrypted moderator copy and preview, and the audit event. Kept apart from {@link AttachmentService} so no transaction is open while a slow
 * client is still sending its body.
 */
@ApplicationScoped
@Transactional
public class AttachmentWriter {
    private final AttachmentRepository attachments;
    private final AttachmentBlobRepository blobs;
    private final AttachmentModeratorCopyRepository copies;
    private final Ownership ownership;
    private final QuotaService quotas;
    private final AuditLog audit;

    AttachmentWriter(AttachmentRepository attachments, AttachmentBlobRepository blobs,
            AttachmentModeratorCopyRepository copies, Ownership ownership, QuotaService quotas, AuditLog audit) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.copies = copies;
        this.ownership = ownership;
        this.quotas = quotas;
        this.audit = audit;
    }

    public void store(Caller caller, Attachment attachment, byte[] encryptedContent, AttachmentModeratorCopy encryptedCopy) {
        quotas.chargeUpload(caller, attachment.sizeBytes);
        attachments.persistAndFlush(attachment);
        ownership.recordAttachment(caller, attachment.id);
        AttachmentBlob blob = new AttachmentBlob();
        blob.attachmentId = attachment.id;
        blob.content = encryptedContent;
        blobs.persist(blob);
        copies.persist(encryptedCopy);
        audit.record(AuditActions.REPORTER_OF_REPORT, AuditActions.ATTACHMENT_UPLOADED, "attachment", attachment.id,
                "intake");
    }

    /** Deletes attachments never used in a report whose time ran out; their bytes go with them (on delete cascade). */
    public long purgeExpired(Instant now) {
        return attachments.delete("reportId is null and expiresAt < ?1", now);
    }
}
