package org.sealedintake.sealing;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keyed fingerprints of one report's reporter, as stored: one plaintext that is AEAD-encrypted
 * with the report id as associated data, so no fingerprint value is ever visible or comparable in the
 * database (threats T21, T22).
 *
 * <p>Format version 1: {@code version:u8, count:u16}, then {@value #CAPACITY} entries of
 * {@code kind:u8, length:u16, prefix:8 bytes, prf:16 bytes}; unused entries have kind 0. {@code prefix}
 * is the PRF of the value's first {@value #PREFIX_CODE_POINTS} code points (any kind): a matcher computes
 * it once per text position and the full PRF only where a stored prefix occurs. The fixed size keeps the
 * ciphertext length from telling how many attributes a reporter has (equal lengths would group a
 * reporter's reports). {@code length} is the value's length in code points after normalisation, so a
 * matcher computes the PRF of a text window only at lengths that occur.
 */
public final class FingerprintSet {
    static final byte VERSION = 1;
    static final int CAPACITY = 64;
    static final int PRF_BYTES = 16;
    static final int PREFIX_BYTES = 8;
    static final int PREFIX_CODE_POINTS = 2;
    private static final int ENTRY_BYTES = 1 + 2 + PREFIX_BYTES + PRF_BYTES;
    static final int ENCODED_BYTES = 1 + 2 + CAPACITY * ENTRY_BYTES;

    /** Who supplied a value: the verified token, or the client ({@code reporterContact}). Kept apart (T22). */
    public enum Kind {
        ACCOUNT(1),
        CONTACT(2);

        final byte code;

        Kind(int code) {
            this.code = (byte) code;
        }

        static Kind of(byte code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown fingerprint kind");
        }
    }

    /** One fingerprint: its kind, the normalised value's length in code points, its prefix's PRF and its PRF. */
    public record Entry(Kind kind, int length, byte[] prefix, byte[] prf) {
    }

    private final List<Entry> entries;

    FingerprintSet(List<Entry> entries) {
        if (entries.size() > CAPACITY) {
            throw new IllegalArgumentException("too many fingerprints for one set");
        }
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(ENCODED_BYTES);
        out.put(VERSION).putShort((short) entries.size());
        for (Entry e : entries) {
            out.put(e.kind().code).putShort((short) e.length()).put(e.prefix()).put(e.prf());
        }
        // The rest stays zero: kind 0 marks padding.
        return out.array();
    }

    static FingerprintSet decode(byte[] plaintext) {
        ByteBuffer in = ByteBuffer.wrap(plaintext);
        if (plaintext.length != ENCODED_BYTES || in.get() != VERSION) {
            throw new IllegalStateException("unknown fingerprint set format");
        }
        int count = Short.toUnsignedInt(in.getShort());
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.of(in.get());
            int length = Short.toUnsignedInt(in.getShort());
            byte[] prefix = new byte[PREFIX_BYTES];
            in.get(prefix);
            byte[] prf = new byte[PRF_BYTES];
            in.get(prf);
            entries.add(new Entry(kind, length, prefix, prf));
        }
        return new FingerprintSet(entries);
    }
}
