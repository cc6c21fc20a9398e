package org.sealedintake.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The fixed binary encoding of an audit event and the chain hash over it (docs/audit.md).
 * <pre>
 *   encoding = version (1 byte, 0x01)
 *              id (8 bytes, big-endian)
 *              event_id (16 bytes: most then least significant half, big-endian)
 *              occurred_at (8 bytes, epoch microseconds, big-endian, signed)
 *              actor, action, object_type, object_id, purpose, outcome
 *                  each: length (4 bytes, big-endian, signed; -1 for null) then that many UTF-8 bytes
 *   hash(seq) = SHA-256(hash(seq - 1) || encoding(event)),  hash(0) = 32 zero bytes
 * </pre>
 * Never a text form of a timestamp or a JSON document: those depend on session settings.
 */
public final class EventEncoding {
    public static final int HASH_BYTES = 32;
    static final byte VERSION = 1;

    private EventEncoding() {
    }

    /** The previous hash of the first chain row. */
    public static byte[] genesis() {
        return new byte[HASH_BYTES];
    }

    public static byte[] encode(EventRecord e) {
        UUID u = e.eventId();
        if (u == null) {
            // event_id is NOT NULL in the table; a null here can only come from a broken row.
            throw new IllegalArgumentException("event without event_id");
        }
        // Sized exactly and filled in place: the verifier encodes every event of the chain.
        byte[][] fields = { utf8(e.actor()), utf8(e.action()), utf8(e.objectType()), utf8(e.objectId()), utf8(e.purpose()),
            utf8(e.outcome()) };
        int size = 1 + 8 + 16 + 8;
        for (byte[] f : fields) {
            size += 4 + (f == null ? 0 : f.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION).putLong(e.id()).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits())
                .putLong(e.occurredAtMicros());
        for (byte[] f : fields) {
            if (f == null) {
                out.putInt(-1);
            } else {
                out.putInt(f.length).put(f);
            }
        }
        return out.array();
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] SEAL_DOMAIN = "sealed-intake:audit-event-seal:v1".getBytes(StandardCharsets.UTF_8);

    /**
     * What an event's seal signs: a domain tag and every field but the row id (the database hands
     * the id out at insert, after the seal is made; event_id is unique and names the event instead).
     */
    public static byte[] sealMessage(java.util.UUID eventId, long occurredAtMicros, String actor, String action, String objectType,
            String objectId, String purpose, String outcome) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        out.writeBytes(SEAL_DOMAIN);
        writeLong(out, eventId.getMostSignificantBits());
        writeLong(out, eventId.getLeastSignificantBits());
        writeLong(out, occurredAtMicros);
        writeString(out, actor);
        writeString(out, action);
        writeString(out, objectType);
        writeString(out, objectId);
        writeString(out, purpose);
        writeString(out, outcome);
        return out.toByteArray();
    }

    public static byte[] sealMessage(EventRecord e) {
        if (e.eventId() == null) {
            throw new IllegalArgumentException("event without event_id");
        }
        return sealMessage(e.eventId(), e.occurredAtMicros(), e.actor(), e.action(), e.objectType(), e.objectId(), e.purpose(),
                e.outcome());
    }

    /** SHA-256 over the previous hash and the event's encoding. */
    public static byte[] chainHash(byte[] previous, EventRecord e) {
        return chainHash(sha256(), previous, e);
    }

    /** As {@link #chainHash(byte[], EventRecord)} with a SHA-256 digest the caller reuses (one per chain walk, one thread). */
    static byte[] chainHash(MessageDigest sha, byte[] previous, EventRecord e) {
        sha.reset();
        sha.update(previous);
        sha.update(encode(e));
        return sha.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        if (s == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }
}
