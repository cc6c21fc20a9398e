package org.sealedintake.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A signed statement "the chain had {@code seq} rows and its head hash was {@code headHash} at
 * {@code createdAt}". Kind {@link Kind#CHECKPOINT} is written by the chainer; kind
 * {@link Kind#REANCHOR} by {@code audit reanchor} after a point-in-time restore, and declares the
 * exported checkpoints beyond its seq lost (docs/audit.md).
 */
public record Checkpoint(Kind kind, long seq, byte[] headHash, long createdAtMicros, long keyId, byte[] signature) {

    public enum Kind {
        CHECKPOINT, REANCHOR
    }

    private static final byte[] DOMAIN = "sealed-intake:audit-checkpoint:v1".getBytes(StandardCharsets.UTF_8);

    /** The bytes that are signed: a domain tag, the kind, seq, head hash and time, in fixed binary form. */
    public byte[] signedMessage() {
        return message(kind, seq, headHash, createdAtMicros);
    }

    static byte[] message(Kind kind, long seq, byte[] headHash, long createdAtMicros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        out.writeBytes(DOMAIN);
        out.write(kind.ordinal());
        out.writeBytes(ByteBuffer.allocate(8).putLong(seq).array());
        out.writeBytes(headHash);
        out.writeBytes(ByteBuffer.allocate(8).putLong(createdAtMicros).array());
        return out.toByteArray();
    }

    public Instant createdAt() {
        return Instant.EPOCH.plus(createdAtMicros, ChronoUnit.MICROS);
    }

    public String headHashHex() {
        return HexFormat.of().formatHex(headHash);
    }

    public boolean sameHead(byte[] hash) {
        return Arrays.equals(headHash, hash);
    }

    static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + kind + " " + seq + "]";
    }
}
