package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AttachmentModeratorCopyRepository implements PanacheRepositoryBase<AttachmentModeratorCopy, UUID> {
}
