package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /**
     * Links the unused, unexpired attachments among {@code ids} to a report; the row lock makes a
     * concurrent second report wait and then find them used. Returns how many were linked.
     */
    int linkUnused(Collection<UUID> ids, UUID reportId, Instant now) {
        return update("reportId = ?1 where id in ?2 and reportId is null and expiresAt >= ?3", reportId, ids, now);
    }

    List<Attachment> ofReport(UUID reportId) {
        return list("reportId = ?1 order by uploadedAt, id", reportId);
    }
}
