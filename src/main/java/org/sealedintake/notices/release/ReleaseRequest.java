package org.sealedintake.notices.release;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sealedintake.intake.Category;

/**
 * What the release timing needs to know about one decision. The latest report's time and the
 * number of distinct reporters are used here and go nowhere else: nothing derived from them
 * reaches the creator except the release instant itself, which the rules make uninformative.
 *
 * @param creatorAccountId  the stable platform account id the notice is addressed to (the batch key)
 * @param latestReportAt    when the case's most recent report arrived
 * @param distinctReporters how many distinct reporters the case has (1 = held longer)
 * @param categories        the case's categories; any urgent one releases at once
 * @param minorInvolved     a minor is involved: released at once
 */
public record ReleaseRequest(UUID decisionId, String creatorAccountId, Instant latestReportAt, int distinctReporters,
        Set<Category> categories, boolean minorInvolved) {

    public ReleaseRequest {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(creatorAccountId, "creatorAccountId");
        Objects.requireNonNull(latestReportAt, "latestReportAt");
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    @Override
    public String toString() {
        return "ReleaseRequest[" + decisionId + "]";
    }
}
