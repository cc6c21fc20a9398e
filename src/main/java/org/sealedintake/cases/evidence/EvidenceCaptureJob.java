package org.sealedintake.cases.evidence;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The capture worker: claims due pending rows (SKIP LOCKED, so replicas share the work and never take
 * the same row), asks the platform for each outside any transaction, records the result, and after
 * that commit fires {@link EvidenceCaptured}. Runs on the scheduler's worker threads, never on the
 * event loop. Logs counts only: a content reference next to a time could be matched with a report.
 */
@ApplicationScoped
public class EvidenceCaptureJob {
    private final EvidenceCaptureService rows;
    private final ContentApiClient platform;
    private final EvidenceConfig config;
    private final ContentApiConfig api;
    private final Event<EvidenceCaptured> captured;
    private final Clock clock;
    private final AtomicBoolean warnedUnconfigured = new AtomicBoolean();

    EvidenceCaptureJob(EvidenceCaptureService rows, ContentApiClient platform, EvidenceConfig config,
            ContentApiConfig api, Event<EvidenceCaptured> captured, Clock clock) {
        this.rows = rows;
        this.platform = platform;
        this.config = config;
        this.api = api;
        this.captured = captured;
        this.clock = clock;
    }

    /** What one run did. */
    public record CaptureRun(int claimed, int captured, int notFound, int retrying, int failed) {
    }

    void checkLease(@Observes StartupEvent ignored) {
        // Each call is bounded as a whole (connect, headers, body) by its own timeout.
        Duration longest = api.metadataTimeout().plus(api.bytesTimeout());
        if (config.capture().lease().compareTo(longest) <= 0) {
            // A lease shorter than one attempt would let a second worker take a row still being fetched.
            throw new IllegalStateException("sealed.evidence.capture.lease must exceed the content API's metadata "
                    + "and bytes timeouts together (" + longest + ")");
        }
    }

    @Scheduled(identity = "evidence-capture", every = "${sealed.evidence.capture.every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.capture().enabled()) {
            captureDue();
        }
    }

    /** Captures every due item (a batch); callable directly, e.g. by tests (the %test profile has no scheduler). */
    public CaptureRun captureDue() {
        return captureDue("");
    }

    /** Only references starting with {@code refPrefix}: lets a test leave other tests' rows alone. */
    CaptureRun captureDue(String refPrefix) {
        if (!platform.configured()) {
            if (warnedUnconfigured.compareAndSet(false, true)) {
                Log.warn("Evidence capture is off: sealed.platform.content-api.url is not set; captures stay pending");
            }
            return new CaptureRun(0, 0, 0, 0, 0);
        }
        var claims = rows.claimDue(clock.instant(), refPrefix, config.capture().batchSize(), config.capture().lease());
        int ok = 0;
        int gone = 0;
        int retrying = 0;
        int failed = 0;
        for (EvidenceCaptureService.Claim claim : claims) {
            FetchOutcome outcome = platform.fetch(claim.canonicalRef());
            // The database keeps microseconds: the event carries the instant stored.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            switch (outcome) {
                case FetchOutcome.Fetched item -> {
                    if (rows.captured(claim, item, now)) {
                        ok++;
                        announce(new EvidenceCaptured(claim.canonicalRef(), item.ownerAccountId(), now));
                    }
                }
                case FetchOutcome.Gone g -> gone += rows.notFound(claim) ? 1 : 0;
                case FetchOutcome.Unavailable u -> {
                    boolean giveUp = claim.attempts() >= config.capture().maxAttempts();
                    Instant next = Backoff.next(now, claim.attempts(), config.capture().initialBackoff(),
                            config.capture().maxBackoff(), ThreadLocalRandom.current().nextDouble());
                    if (rows.failed(claim, u.code(), giveUp, next)) {
                        if (giveUp) {
                            failed++;
                        } else {
                            retrying++;
                        }
                    }
                }
            }
        }
        CaptureRun run = new CaptureRun(claims.size(), ok, gone, retrying, failed);
        if (run.claimed() > 0) {
            Log.infof("Evidence capture: %d claimed, %d captured, %d not found, %d to retry, %d failed",
                    run.claimed(), run.captured(), run.notFound(), run.retrying(), run.failed());
        }
        return run;
    }

    /** After the commit; an observer's failure does not undo the capture (snapshotFor stays the truth). */
    private void announce(EvidenceCaptured event) {
        try {
            captured.fire(event);
        } catch (RuntimeException e) {
            Log.warnf("An EvidenceCaptured observer failed (%s)", e.getClass().getSimpleName());
        }
    }
}
