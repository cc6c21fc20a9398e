package org.sealedintake.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The global admission limit in front of every {@code /v1} request ({@link AdmissionRoute}, docs/limits.md
 * "Overload"), under {@code sealed.admission.*}. Per account limits are {@code sealed.quota.*}; this one
 * protects the service as a whole.
 */
@ConfigMapping(prefix = "sealed.admission")
public interface AdmissionConfig {
    /** Refuse work beyond the limit. Off only for benchmarks that measure the service past its capacity. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Requests in progress at once in this process. Filing a report is CPU work (sealing, redaction); on a
     * 2-core pod throughput stops rising at about 4 in progress, and every one beyond only adds latency
     * (docs/limits.md, "Overload").
     */
    @WithDefault("4")
    int maxConcurrent();

    /** Requests that may wait for a free place; beyond them a request is refused at once. Absorbs bursts. */
    @WithDefault("8")
    int maxQueued();

    /**
     * Longest wait for a place once the line has stood for {@link #standingAfter()} (overload). A freed place
     * then goes to the newest waiter ({@link AdmissionGate}), so this is mostly how long a refused request
     * waited for its 503; in a first-come line every admitted request had waited up to this long (50 ms
     * doubled the admitted p99 on a quiet machine, 5 ms did not: docs/performance.md, "Overload").
     */
    @WithDefault("PT0.005S")
    Duration maxWait();

    /**
     * Longest wait for a place while the line is not standing: a burst below capacity (requests that
     * arrive together) waits for the places to free instead of being refused. With 5 ms for every wait,
     * 1.3% of the requests at 200 reports/s, well below capacity, were refused.
     */
    @WithDefault("PT0.05S")
    Duration burstWait();

    /**
     * A line that has not been empty for this long is standing: the service is past its capacity and
     * requests wait {@link #maxWait()} at most. On a 2-core pod that shares its node, pauses of 100 ms
     * (a collection, the database's checkpoint) are ordinary: with 100 ms, 2% of the requests at 190
     * reports/s (two thirds of the capacity) were refused; with 500 ms, 0.6% (docs/performance.md).
     */
    @WithDefault("PT0.5S")
    Duration standingAfter();

    /** The Retry-After of a refusal, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
