package org.sealedintake.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Outbox delivery (docs/outbox.md), under {@code sealed.outbox.*}. */
@ConfigMapping(prefix = "sealed.outbox")
public interface OutboxConfig {

    Dispatcher dispatcher();

    Http http();

    Retry retry();

    /**
     * Webhook receivers by destination name, e.g. {@code sealed.outbox.destinations."platform-enforcement".url}.
     * A row whose destination is not listed here is parked (last error {@code unknown-destination}).
     */
    Map<String, Destination> destinations();

    /** Refuse to start with a destination URL that is not https (off in dev and tests, which use a local stand-in). */
    @WithDefault("true")
    boolean requireHttps();

    interface Dispatcher {
        /** Run the delivery timer in this process (every replica may: rows are claimed with SKIP LOCKED). */
        @WithDefault("true")
        boolean enabled();

        /** How often the timer looks for due rows (a Vert.x timer, so below one second works). */
        @WithDefault("PT1S")
        Duration interval();

        /** Rows claimed per transaction; they are posted concurrently. */
        @WithDefault("50")
        int batchSize();

        /**
         * How long a claim holds a row: a dispatcher that dies mid-delivery leaves it due again after
         * this (at-least-once). Must exceed the connect plus request timeout.
         */
        @WithDefault("PT2M")
        Duration lease();

        /** Longest time one tick keeps claiming full batches before it yields the timer. */
        @WithDefault("PT10S")
        Duration maxRunTime();
    }

    interface Http {
        /** Connection timeout of one delivery. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** Time from sending a delivery to its answer's status line. */
        @WithDefault("PT15S")
        Duration requestTimeout();
    }

    interface Retry {
        /** Delay after the first failure; doubled after each further one. */
        @WithDefault("PT10S")
        Duration base();

        /** Upper bound of the delay before jitter. */
        @WithDefault("PT1H")
        Duration max();

        /** Each delay is multiplied by a random factor in [1 - jitter, 1 + jitter] (0 to 1). */
        @WithDefault("0.2")
        double jitter();

        /** A row is parked after this many failed attempts. */
        @WithDefault("12")
        int maxAttempts();
    }

    interface Destination {
        /** The receiver's webhook URL; every row for this destination is POSTed there. */
        URI url();
    }
}
