package org.sealedintake.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A signed statement "the identity of report {@code reportId} was disclosed for unseal request
 * {@code requestId} to {@code requester}, approved by {@code approvers}, at {@code disclosedAt}",
 * written to the checkpoint target outside the database before the identity is returned (threat
 * T24): a writer who resets an executed request and replays it is still seen there. Staff
 * subjects and ids only; nothing about the reporter.
 */
public record Disclosure(UUID requestId, UUID reportId, String requester, List<String> approvers, long disclosedAtMicros,
        long keyId, byte[] signature) {

    private static final byte[] DOMAIN = "sealed-intake:disclosure:v1".getBytes(StandardCharsets.UTF_8);

    public Disclosure {
        approvers = List.copyOf(approvers);
    }

    static byte[] message(UUID requestId, UUID reportId, String requester, List<String> approvers, long micros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(DOMAIN);
        out.writeBytes(ByteBuffer.allocate(40).putLong(requestId.getMostSignificantBits()).putLong(requestId.getLeastSignificantBits())
                .putLong(reportId.getMostSignificantBits()).putLong(reportId.getLeastSignificantBits()).putLong(micros).array());
        string(out, requester);
        out.writeBytes(ByteBuffer.allocate(4).putInt(approvers.size()).array());
        approvers.forEach(a -> string(out, a));
        return out.toByteArray();
    }

    public byte[] signedMessage() {
        return message(requestId, reportId, requester, approvers, disclosedAtMicros);
    }

    public Instant disclosedAt() {
        return Instant.EPOCH.plus(disclosedAtMicros, ChronoUnit.MICROS);
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }

    @Override
    public String toString() {
        return "Disclosure[" + requestId + "]";
    }
}
