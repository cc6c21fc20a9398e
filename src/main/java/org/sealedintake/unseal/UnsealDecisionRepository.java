package org.sealedintake.unseal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class UnsealDecisionRepository implements PanacheRepositoryBase<UnsealDecision, Long> {

    List<UnsealDecision> ofRequest(UUID requestId) {
        return find("requestId", Sort.ascending("decidedAt").and("id"), requestId).list();
    }

    boolean decided(UUID requestId, String approver) {
        return count("requestId = ?1 and approverSubject = ?2", requestId, approver) > 0;
    }

    long approvals(UUID requestId) {
        return count("requestId = ?1 and decision = ?2", requestId, UnsealDecision.Kind.APPROVED);
    }
}
