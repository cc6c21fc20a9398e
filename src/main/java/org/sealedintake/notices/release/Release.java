package org.sealedintake.notices.release;

import java.time.Instant;

/**
 * When one decision's restriction, notice and DSA statement are released: all three at
 * {@code releaseAt}. {@code batch} is the creator's batch after this decision (null when urgent);
 * with {@link How#MOVED_BATCH} every decision already in the batch moves to {@code releaseAt} too.
 */
public record Release(Instant releaseAt, How how, ReleaseBatch batch) {

    public enum How {
        /** An urgent category or a minor: released at once, outside any batch. */
        URGENT,
        /** Opened a new batch for the creator at a freshly drawn instant. */
        NEW_BATCH,
        /** Joined the creator's open batch at its instant. */
        JOINED_BATCH,
        /** Joined the creator's open batch and moved it later, within its window. */
        MOVED_BATCH
    }
}
