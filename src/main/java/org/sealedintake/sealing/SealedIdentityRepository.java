package org.sealedintake.sealing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class SealedIdentityRepository implements PanacheRepositoryBase<SealedIdentity, UUID> {
}
