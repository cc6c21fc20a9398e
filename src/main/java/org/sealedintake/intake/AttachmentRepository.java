package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** The caller's own attachments among {@code ids}; others' are simply absent. */
    List<Attachment> findOwned(Collection<UUID> ids, byte[] ownerIndex) {
        return list("id in ?1 and ownerIndex = ?2", ids, ownerIndex);
    }

    List<Attachment> ofReport(UUID reportId) {
        return list("reportId = ?1 order by uploadedAt, id", reportId);
    }
}
