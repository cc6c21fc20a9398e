package org.sealedintake.intake.attachment;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.sealedintake.intake.IdempotencyStore;

/** Deletes what intake keeps only for a while: attachments never used in a report, and idempotency keys. */
@ApplicationScoped
public class IntakeCleanupJob {
    private final AttachmentWriter attachments;
    private final IdempotencyStore idempotency;
    private final Clock clock;

    IntakeCleanupJob(AttachmentWriter attachments, IdempotencyStore idempotency, Clock clock) {
        this.attachments = attachments;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** What one run deleted. */
    public record Purged(long attachments, long idempotencyRecords) {
    }

    @Scheduled(identity = "intake-cleanup", every = "${sealed.intake.cleanup-every:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    public Purged purge() {
        Purged purged = new Purged(attachments.purgeExpired(Instant.now(clock)), idempotency.purgeExpired());
        Log.infof("Intake cleanup deleted %d expired attachments and %d expired idempotency keys",
                purged.attachments(), purged.idempotencyRecords());
        return purged;
    }
}
