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
     * Longest wait for a place before the request is refused. At saturation every admitted request has
     * waited up to this long, so it adds straight to their p99: 50 ms doubled it on a quiet machine, 5 ms
     * did not (docs/performance.md, "Overload").
     */
    @WithDefault("PT0.005S")
    Duration maxWait();

    /** The Retry-After of a refusal, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
