package org.sealedintake.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A creator's release batch as stored: everything in it is released at {@link #releaseAt}. */
@Entity
@Table(name = "release_batch")
public class ReleaseBatchRow {
    @Id
    public UUID id;

    @Column(name = "creator_account", nullable = false)
    public String creatorAccount;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "release_at", nullable = false)
    public Instant releaseAt;

    @Override
    public String toString() {
        return "ReleaseBatchRow[" + id + "]";
    }
}
