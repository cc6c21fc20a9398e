package org.sealedintake.notices;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.sealedintake.notices.release.NoticePolicy;

/** What policies/notices.yaml says every notice carries: the appeal deadline and the redress routes. */
@ApplicationScoped
public class NoticeTerms {
    private final NoticePolicy policy;

    NoticeTerms(NoticePolicy policy) {
        this.policy = policy;
    }

    /** The appeal deadline of a decision notice released at {@code releasedAt} (at least six months, DSA Art. 20(1)). */
    public Instant appealBy(Instant releasedAt) {
        return policy.appeal().deadline(releasedAt);
    }

    /** Out-of-court and court routes, quoted in every decision notice (DSA Art. 17(3)(f)). */
    public List<String> redress() {
        return List.of(policy.redress().outOfCourt(), policy.redress().court());
    }
}
