package org.sealedintake.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;

/**
 * The narrow door other features use into intake's reports; repositories stay package-private.
 * Staff reads return what moderators may see only: the redacted text, never the text as written,
 * the sealed identity, an ownership proof or any reporter field. The caller audits each read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {
    private static final List<ReportStatus> OPEN = List.of(ReportStatus.RECEIVED, ReportStatus.IN_REVIEW);

    private final ReportRepository reports;
    private final Ownership ownership;
    private final AttachmentRepository attachments;
    private final AttachmentModeratorCopyRepository copies;
    private final DataCipher cipher;

    Reports(ReportRepository reports, Ownership ownership, AttachmentRepository attachments,
            AttachmentModeratorCopyRepository copies, DataCipher cipher) {
        this.reports = reports;
        this.ownership = ownership;
        this.attachments = attachments;
        this.copies = copies;
        this.cipher = cipher;
    }

    /** A report as moderators see it: redacted text, no reporter field. */
    public record StaffReport(UUID id, Category category, boolean involvesMinor, Instant receivedAt, String status,
            String redactedText, List<StaffAttachment> attachments) {
    }

    /** An attachment as moderators see it: the blurred preview inline, the stripped copy on request. */
    public record StaffAttachment(UUID id, String mediaType, long sizeBytes, int width, int height, byte[] preview) {
    }

    /** The stripped moderator copy of an attachment. */
    public record StrippedCopy(String mediaType, byte[] content) {
    }

    /** Whether a report with this id exists (staff paths only: a reporter gets {@link #isOwnedBy}). */
    public boolean exists(UUID id) {
        return reports.count("id", id) > 0;
    }

    /** Whether the caller filed this report; false alike for someone else's and for none. */
    public boolean isOwnedBy(Caller caller, UUID id) {
        return ownership.ownsReport(caller, id);
    }

    /** The reports with these ids as moderators see them, oldest first. */
    public List<StaffReport> forStaff(Collection<UUID> ids) {
        return reports.withIds(ids).stream()
                .sorted(Comparator.comparing((Report r) -> r.receivedAt).thenComparing(r -> r.id))
                .map(this::staffView)
                .toList();
    }

    /** What scheduling needs of a report: no text, no attachment, nothing decrypted. */
    public record ReportFacts(Category category, boolean involvesMinor, Instant receivedAt) {
    }

    /** The category, minor flag and arrival time of each of these reports. */
    public List<ReportFacts> factsOf(Collection<UUID> ids) {
        return reports.withIds(ids).stream().map(r -> new ReportFacts(r.category, r.involvesMinor, r.receivedAt)).toList();
    }

    /** The stripped copy of an attachment of one of these reports; empty for any other attachment. */
    public Optional<StrippedCopy> strippedCopy(Collection<UUID> reportIds, UUID attachmentId) {
        return attachments.findByIdOptional(attachmentId)
                .filter(a -> a.reportId != null && reportIds.contains(a.reportId))
                .flatMap(a -> copies.findByIdOptional(a.id))
                .map(c -> new StrippedCopy(c.mediaType,
                        cipher.decrypt(c.content, AssociatedData.attachmentModeratorCopy(c.attachmentId))));
    }

    /** Marks the open reports among these decided, with the outcome their reporters are told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int resolve(Collection<UUID> ids, String action, Instant decidedAt) {
        if (ids.isEmpty()) {
            return 0;
        }
        return reports.update("status = ?1, outcomeAction = ?2, outcomeOn = ?3 where id in ?4 and status in ?5",
                ReportStatus.DECIDED, action, decidedAt.atOffset(ZoneOffset.UTC).toLocalDate(), ids, OPEN);
    }

    private StaffReport staffView(Report r) {
        String text = r.moderatorText == null ? null
                : new String(cipher.decrypt(r.moderatorText, AssociatedData.reportModeratorText(r.id)), StandardCharsets.UTF_8);
        List<StaffAttachment> files = attachments.ofReport(r.id).stream().map(a -> {
            byte[] preview = copies.findByIdOptional(a.id)
                    .map(c -> cipher.decrypt(c.preview, AssociatedData.attachmentPreview(c.attachmentId)))
                    .orElse(null);
            return new StaffAttachment(a.id, a.mediaType, a.sizeBytes, a.width, a.height, preview);
        }).toList();
        return new StaffReport(r.id, r.category, r.involvesMinor, r.receivedAt, r.status.name(), text, files);
    }
}
