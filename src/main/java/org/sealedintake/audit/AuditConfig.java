package org.sealedintake.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The audit chain, its checkpoints and their export (docs/audit.md), under {@code sealed.audit.*}. */
@ConfigMapping(prefix = "sealed.audit")
public interface AuditConfig {

    Chainer chainer();

    Checkpoint checkpoint();

    Export export();

    Verify verify();

    Monitor monitor();

    interface Monitor {
        /** The audit health group goes DOWN when the oldest unchained event is older than this (a stalled chainer). */
        @WithDefault("PT2M")
        Duration maxLag();

        /** ...or when this many checkpoint exports in a row failed. */
        @WithDefault("3")
        int maxExportFailures();

        /** How often the lag is measured (one query). */
        @WithDefault("PT5S")
        Duration lagEvery();
    }

    interface Chainer {
        /** Run the chainer in this process (every replica may: one holds the lock at a time). */
        @WithDefault("true")
        boolean enabled();

        /** How often the chainer looks for unchained events; a Vert.x timer, so below one second works. */
        @WithDefault("200ms")
        Duration interval();

        /** Events chained per transaction. */
        @WithDefault("1000")
        int batchSize();

        /** Longest time one run keeps chaining batches before it yields the timer. */
        @WithDefault("PT2S")
        Duration maxRunTime();

        /**
         * A normal run looks for unchained events with ids above the newest chained id minus this. The
         * chainer reads every id in that window when it starts and whenever another replica chained since
         * its own last run (otherwise it asks for the new ids and the window's gaps only, D29), so the
         * window costs the database in proportion: 100,000 cost more PostgreSQL CPU than the reports
         * themselves under load (docs/performance.md). 5,000 is over 6 s of events at the intake's peak;
         * an event whose transaction stayed open longer is chained by the next full sweep.
         */
        @WithDefault("5000")
        long lookbackIds();

        /**
         * How often a run looks beyond the recent ids: at the events of the last {@link #fullSweepHorizon}
         * (catches transactions that committed later than the look-back). A process's first run does too.
         */
        @WithDefault("PT30S")
        Duration fullSweepInterval();

        /**
         * How far back, by {@code occurred_at} on the database's clock, a periodic sweep looks. Keep it well above
         * the longest transaction that writes audit events (the JTA default timeout is 60 s) and the clock skew
         * between service and database. An event that commits later than this stays unchained until a process
         * starts (each process looks at every event once, {@link #wholeLogSliceIds} per run); the verifier
         * reports it once it is older than {@code verify.unchained-grace}.
         */
        @WithDefault("PT5M")
        Duration fullSweepHorizon();

        /**
         * How many ids of the log one run looks at while the process's sweep over the whole log is under way
         * (after the run's normal work, as index probes): the log's size then bounds neither one run nor the
         * chain's lag. 20,000 ids a run (16 ms of the database on a slow 2-core machine, D39), five runs a second,
         * sweep 100 million events in 17 minutes.
         */
        @WithDefault("20000")
        long wholeLogSliceIds();
    }

    interface Checkpoint {
        /** A signed checkpoint after this many newly chained events... */
        @WithDefault("1000")
        long everyEvents();

        /** ...or this long after the previous one, when anything was chained since. */
        @WithDefault("PT60S")
        Duration maxInterval();
    }

    interface Export {
        /** JSON-lines file the signed checkpoints are appended to; keep it where the database's administrators cannot write. */
        Optional<String> file();

        /** Base URL of a witness service that keeps the checkpoints ({@code POST/GET <url>/checkpoints}); used instead of the file when set. */
        Optional<java.net.URI> witnessUrl();

        /**
         * Bearer token the witness expects on every call (from a secret). Required with a witness
         * outside the dev and test profiles: an unauthenticated witness takes anyone's checkpoints.
         */
        Optional<String> witnessToken();

        /** How long one call to the witness may take. */
        @WithDefault("PT5S")
        Duration witnessTimeout();
    }

    interface Verify {
        /** An unchained event younger than this is in flight, not a problem (must exceed the full-sweep interval). */
        @WithDefault("PT5M")
        Duration unchainedGrace();

        /**
         * The verifier reports STALE_CHECKPOINT when events were chained after the newest signed
         * checkpoint and that checkpoint is older than this (checkpoints stopped: a held lock, a
         * stopped chainer, an alarm). Must exceed {@code checkpoint.max-interval}.
         */
        @WithDefault("PT10M")
        Duration maxCheckpointAge();
    }
}
