package org.sealedintake.notices;

import java.util.Collection;
import java.util.UUID;

/**
 * The exit check for every text addressed to a creator. A refusal says only that the text carries
 * personal data and must be rephrased: never whether it matched a reporter, nor which kind of data.
 */
public interface CreatorTextGuard {
    /** Throws a 422 problem when {@code text} may not reach the creator of the case these reports are about. */
    void requireClean(String text, Collection<UUID> caseReportIds);
}
