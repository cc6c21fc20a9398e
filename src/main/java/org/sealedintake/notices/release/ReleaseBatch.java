package org.sealedintake.notices.release;

import java.time.Instant;
import java.util.UUID;

/**
 * A creator's open batch: every decision in it is released at {@code releaseAt}. It may be moved
 * later (never earlier) to take in a decision whose bounds need it, but never past
 * {@code openedAt + batchWindow}, where {@code openedAt} is the instant it was first given.
 */
public record ReleaseBatch(UUID id, String creatorAccountId, Instant openedAt, Instant releaseAt) {

    /** Still open at {@code now}: nothing of it has been released. */
    public boolean openAt(Instant now) {
        return releaseAt.isAfter(now);
    }

    ReleaseBatch movedTo(Instant later) {
        return new ReleaseBatch(id, creatorAccountId, openedAt, later);
    }
}
