package org.sealedintake.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    List<CaseNote> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
