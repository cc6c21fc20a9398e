package org.sealedintake.cases.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class EvidenceItemRepository implements PanacheRepositoryBase<EvidenceItem, String> {
}
