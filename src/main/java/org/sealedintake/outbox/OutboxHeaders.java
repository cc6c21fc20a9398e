package org.sealedintake.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The HTTP headers of a delivery and the bytes its signature covers (docs/outbox.md). The signature
 * covers the headers that say what the body is, not the body alone: a body signed for one receiver,
 * kind or idempotency key cannot be replayed as another, and the timestamp bounds replays in time.
 */
public final class OutboxHeaders {
    /** Stable per business event: the receiver's deduplication key. Same on every retry and replay. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The outbox row's id; also the same on every retry. */
    public static final String EVENT_ID = "Sealed-Event-Id";
    public static final String KIND = "Sealed-Event-Kind";
    public static final String DESTINATION = "Sealed-Destination";
    /** Seconds since the epoch when this attempt was signed (new on every attempt). */
    public static final String TIMESTAMP = "Sealed-Timestamp";
    /** Tink key id (unsigned decimal) of the signing key in the published keyset. */
    public static final String KEY_ID = "Sealed-Signature-Key-Id";
    /** Base64 (standard alphabet, padded) of the 64-byte Ed25519 signature of {@link #signedBytes}. */
    public static final String SIGNATURE = "Sealed-Signature";
    /** First line of the signed bytes; a new format gets a new version. */
    public static final String VERSION = "sealed-outbox-v1";

    private OutboxHeaders() {
    }

    /**
     * {@code sealed-outbox-v1 LF event-id LF kind LF destination LF idempotency-key LF timestamp LF}
     * followed by the body bytes exactly as sent. No header value may hold a line feed (enqueue
     * checks the key and destination; the others are ours).
     */
    public static byte[] signedBytes(UUID eventId, OutboxKind kind, String destination, String idempotencyKey,
            long timestamp, byte[] body) {
        byte[] head = (VERSION + "\n" + eventId + "\n" + kind.name() + "\n" + destination + "\n" + idempotencyKey + "\n"
                + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }
}
