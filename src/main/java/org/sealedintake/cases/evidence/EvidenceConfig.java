package org.sealedintake.cases.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Evidence capture (docs/evidence.md), under {@code sealed.evidence.*}. */
@ConfigMapping(prefix = "sealed.evidence")
public interface EvidenceConfig {

    Capture capture();

    /** Bytes kept of one item; the rest is not downloaded and the evidence is marked truncated. */
    @WithDefault("52428800")
    long maxBytes();

    interface Capture {
        /** Run the capture worker on a schedule in this process (every replica may; rows are claimed with SKIP LOCKED). */
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for due captures. */
        @WithDefault("5s")
        String every();

        /** Rows one run claims; they are fetched one after another. */
        @WithDefault("10")
        int batchSize();

        /** Attempts before a capture is given up (FAILED). */
        @WithDefault("12")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one, with jitter. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /**
         * How long a claimed row belongs to the worker that claimed it; must exceed the content API's
         * metadata and bytes timeouts together (checked at start). A worker that died releases its rows when this ends.
         */
        @WithDefault("PT5M")
        Duration lease();
    }
}
