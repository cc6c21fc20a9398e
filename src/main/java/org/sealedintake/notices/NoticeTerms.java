package org.sealedintake.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Policy that shapes notices: the appeal window, the redress routes and when a notice is released. */
public interface NoticeTerms {
    /** How long after its release a decision can be appealed (at least six months, DSA Art. 20(1)). */
    Duration appealWindow();

    /** Out-of-court and court routes, quoted in every decision notice (DSA Art. 17(3)(f)). */
    List<String> redress();

    /** When a notice to {@code account} about {@code caseId} may be released (decorrelated timing). */
    Instant releaseAt(String account, UUID caseId, boolean urgent);
}
