package org.sealedintake.sealing;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyed fingerprints of one report's reporter, as stored: one plaintext that is AEAD-encrypted
 * with the report id as associated data, so no fingerprint value is ever visible or comparable in the
 * database (threats T21, T22).
 *
 * <p>Format version 1 (still read): {@code version:u8, count:u16}, then {@value #CAPACITY_V1} entries of
 * {@code kind:u8, length:u16, prefix:8 bytes, prf:16 bytes}; unused entries have kind 0. Values were
 * normalised by {@link IdentifierNormalizer} and are looked for at any text position.
 *
 * <p>Format version 2: {@code version:u8, selfTest:u8, count:u16}, then {@value #CAPACITY_V2} entries of
 * the same shape. Values are in {@link CanonicalText}'s form, with their variants
 * ({@link IdentityVariants}), and are looked for as whole runs of text units. {@code selfTest} is 1
 * when the guard's self-test at sealing recognised every disguised attribute ({@link GuardSelfTest}),
 * 2 when it did not; it lives here, inside the ciphertext, so no column tells which reports failed.
 * The capacity grew from 64 to 96 because a Chinese name alone now yields about 25 variants (both
 * orders, pinyin forms, given name, forms of address); 96 holds a Chinese and a Latin name, two
 * e-mails, a phone's four forms and two handles, and every set is padded to it so the ciphertext
 * length (2,595 bytes plus the AEAD's overhead) does not tell reporters with more attributes apart.
 *
 * <p>{@code prefix} is the PRF of the value's first {@value #PREFIX_CODE_POINTS} code points (any kind):
 * a matcher computes it once per text position and the full PRF only where a stored prefix occurs.
 * {@code length} is the value's length in code points, so a matcher computes the PRF of a text window
 * only at lengths that occur.
 */
public final class FingerprintSet {
    static final byte VERSION_1 = 1;
    static final byte VERSION_2 = 2;
    static final int CAPACITY_V1 = 64;
    static final int CAPACITY_V2 = 96;
    static final int PRF_BYTES = 16;
    static final int PREFIX_BYTES = 8;
    static final int PREFIX_CODE_POINTS = 2;
    private static final int ENTRY_BYTES = 1 + 2 + PREFIX_BYTES + PRF_BYTES;
    static final int ENCODED_BYTES_V1 = 1 + 2 + CAPACITY_V1 * ENTRY_BYTES;
    static final int ENCODED_BYTES_V2 = 1 + 1 + 2 + CAPACITY_V2 * ENTRY_BYTES;

    private static final byte SELF_TEST_PASSED = 1;
    private static final byte SELF_TEST_FAILED = 2;

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

    private final int version;
    private final boolean selfTestPassed;
    private final List<Entry> entries;

    /** A version 2 set. */
    FingerprintSet(List<Entry> entries, boolean selfTestPassed) {
        this(VERSION_2, entries, selfTestPassed);
    }

    private FingerprintSet(int version, List<Entry> entries, boolean selfTestPassed) {
        if (entries.size() > (version == VERSION_1 ? CAPACITY_V1 : CAPACITY_V2)) {
            throw new IllegalArgumentException("too many fingerprints for one set");
        }
        this.version = version;
        this.entries = List.copyOf(entries);
        this.selfTestPassed = selfTestPassed;
    }

    public List<Entry> entries() {
        return entries;
    }

    int version() {
        return version;
    }

    /** Whether the guard's self-test passed at sealing; never for version 1, which had no variants. */
    boolean selfTestPassed() {
        return selfTestPassed;
    }

    /** A version 1 set, as rows sealed before version 2 hold (tests of reading them). */
    static FingerprintSet version1(List<Entry> entries) {
        return new FingerprintSet(VERSION_1, entries, false);
    }

    byte[] encode() {
        if (version == VERSION_1) {
            ByteBuffer out = ByteBuffer.allocate(ENCODED_BYTES_V1);
            out.put(VERSION_1).putShort((short) entries.size());
            entries.forEach(e -> out.put(e.kind().code).putShort((short) e.length()).put(e.prefix()).put(e.prf()));
            return out.array();
        }
        ByteBuffer out = ByteBuffer.allocate(ENCODED_BYTES_V2);
        out.put(VERSION_2).put(selfTestPassed ? SELF_TEST_PASSED : SELF_TEST_FAILED).putShort((short) entries.size());
        for (Entry e : entries) {
            out.put(e.kind().code).putShort((short) e.length()).put(e.prefix()).put(e.prf());
        }
        // The rest stays zero: kind 0 marks padding.
        return out.array();
    }

    static FingerprintSet decode(byte[] plaintext) {
        ByteBuffer in = ByteBuffer.wrap(plaintext);
        byte version = plaintext.length > 0 ? in.get() : 0;
        boolean passed;
        if (version == VERSION_1 && plaintext.length == ENCODED_BYTES_V1) {
            passed = false;
        } else if (version == VERSION_2 && plaintext.length == ENCODED_BYTES_V2) {
            passed = in.get() == SELF_TEST_PASSED;
        } else {
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
        return new FingerprintSet(version, entries, passed);
    }
}
