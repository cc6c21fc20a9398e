package org.sealedintake.intake.attachment;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.sealedintake.intake.IdempotencyStore;
import org.sealedintake.intake.QuotaService;

/**
 * Deletes what intake keeps only for a while: attachments never used in a report, idempotency keys and
 * ended quota windows. Needs no account's key: none of these rows is found through one.
 */
@ApplicationScoped
public class IntakeCleanupJob {
    private final AttachmentWriter attachments;
    private final IdempotencyStore idempotency;
    private final QuotaService quotas;
    private final Clock clock;

    IntakeCleanupJob(AttachmentWriter attachments, IdempotencyStore idempotency, QuotaService quotas, Clock clock) {
        this.attachments = attachments;
        this.idempotency = idempotency;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** What one run deleted. */
    public record Purged(long attachments, long idempotencyRecords, long quotaWindows) {
    }

    @Scheduled(identity = "intake-cleanup", every = "${sealed.intake.cleanup-every:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    public Purged purge() {
        Purged purged = new Purged(attachments.purgeExpired(Instant.now(clock)), idempotency.purgeExpired(),
                quotas.purgeExpired());
        Log.infof("Intake cleanup deleted %d expired attachments, %d expired idempotency keys and %d ended quota windows",
                purged.attachments(), purged.idempotencyRecords(), purged.quotaWindows());
        return purged;
    }
}
