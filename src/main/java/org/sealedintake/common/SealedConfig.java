package org.sealedintake.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Service configuration under {@code sealed.*}. */
@ConfigMapping(prefix = "sealed")
public interface SealedConfig {

    /** How this process runs: all, api or executor. */
    @WithDefault("all")
    DeploymentMode mode();

    /** Where the caller's identity comes from. */
    Identity identity();

    /** Intake limits and deadlines. */
    Intake intake();

    interface Identity {
        /** Token claim holding the platform account id. */
        @WithDefault("preferred_username")
        String accountClaim();
    }

    interface Intake {
        /** Largest upload, in bytes (10 MiB). */
        @WithDefault("10485760")
        long maxUploadBytes();

        /** Largest JSON request body, in bytes (64 KiB: a report of 5,000 characters of CJK text is about 15 KiB). */
        @WithDefault("65536")
        long maxJsonBodyBytes();

        /**
         * How long a JSON request body may take to arrive once its head has been admitted; a body not
         * complete by then is answered 408 and its connection closed, so a stalled client holds its
         * admission place no longer than this (as quarkus.http.read-timeout bounds a worker's read).
         */
        @WithDefault("PT60S")
        Duration jsonBodyTimeout();

        /** Largest image, in pixels (40 megapixels). */
        @WithDefault("40000000")
        long maxPixels();

        /** How long an attachment waits to be used in a report before it expires. */
        @WithDefault("PT24H")
        Duration attachmentTtl();

        /** How often expired unused attachments and expired idempotency keys are deleted. */
        @WithDefault("PT1H")
        Duration cleanupEvery();

        /** How long an idempotency key is kept. */
        @WithDefault("PT24H")
        Duration idempotencyTtl();

        /** After this long an unfinished first request no longer blocks its key (the process died). */
        @WithDefault("PT2M")
        Duration idempotencyInFlightLease();

        /** When the reporter gets an acknowledgement at the latest (the 201 receipt is it). */
        @WithDefault("P7D")
        Duration acknowledgeWithin();

        /** Months until feedback is due (EU Directive 2019/1937 Art. 9). */
        @WithDefault("3")
        int feedbackMonths();
    }

    /** Keyset files and the key-encryption keys that wrap them (docs/keys.md). */
    Keys keys();

    interface Keys {
        /** Folder of the keyset files. */
        String dir();

        /** KEK URI wrapping the service keysets (blind index, data, audit signing); never the sealing private keyset. */
        String serviceKekUri();

        /** KEK URI wrapping the private sealing keyset; set only where identities are opened (modes all, executor). */
        Optional<String> executorKekUri();

        /**
         * Hex SHA-256 fingerprint of the public sealing keyset ({@code keys init} prints it); start
         * fails when the file does not match. Required outside the dev and test profiles.
         */
        Optional<String> sealingPublicFingerprint();

        /** Create missing keysets at start. Development and tests only; refused in every other profile. */
        @WithDefault("false")
        boolean generateMissing();

        /**
         * Let Tink use Conscrypt (BoringSSL) for X25519 and Ed25519, about 3x faster than its pure Java and
         * with the same wire format (docs/decisions.md D26). When the native library cannot load, the
         * service starts on the pure-Java path and says so in its log.
         */
        @WithDefault("true")
        boolean nativeCrypto();
    }
}
