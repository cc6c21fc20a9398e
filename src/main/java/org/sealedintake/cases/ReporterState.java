package org.sealedintake.cases;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a case knows of its reporters, kept only as AEAD ciphertext on the case row: the tags of its
 * distinct reporters (keyed PRF of account and case id, so a tag means nothing outside its case), how
 * many reports came from trusted flaggers, and the most urgent band of its reports. Encoded at one
 * fixed size whatever it holds, so the ciphertext's length says nothing about the count; past
 * {@value #MAX_TAGS} distinct reporters the count saturates (far above any raise threshold).
 */
public record ReporterState(int band, int trustedFlaggerReports, List<byte[]> tags) {
    public static final int MAX_TAGS = 64;
    public static final int TAG_BYTES = 16;
    private static final byte FORMAT = 1;
    static final int ENCODED_BYTES = 1 + 1 + 4 + 2 + MAX_TAGS * TAG_BYTES;
    /** Band of a case no report has joined yet: the least urgent. */
    static final int NO_BAND = 2;

    public ReporterState {
        tags = List.copyOf(tags);
    }

    static ReporterState empty() {
        return new ReporterState(NO_BAND, 0, List.of());
    }

    public int distinctReporters() {
        return tags.size();
    }

    /** The state after one more report: its reporter's tag (once), its trusted-flagger weight and band. */
    ReporterState with(byte[] tag, boolean trustedFlagger, int reportBand) {
        if (tag.length != TAG_BYTES) {
            throw new IllegalArgumentException("tag must be " + TAG_BYTES + " bytes");
        }
        List<byte[]> next = new ArrayList<>(tags);
        if (next.size() < MAX_TAGS && next.stream().noneMatch(t -> Arrays.equals(t, tag))) {
            next.add(tag.clone());
        }
        int trusted = trustedFlagger ? Math.min(Integer.MAX_VALUE - 1, trustedFlaggerReports) + 1 : trustedFlaggerReports;
        return new ReporterState(Math.min(band, reportBand), trusted, next);
    }

    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(ENCODED_BYTES);
        out.put(FORMAT).put((byte) band).putInt(trustedFlaggerReports).putShort((short) tags.size());
        tags.forEach(out::put);
        // The rest stays zero: every state encodes to the same length.
        return out.array();
    }

    static ReporterState decode(byte[] in) {
        if (in.length != ENCODED_BYTES || in[0] != FORMAT) {
            throw new IllegalStateException("reporter state has an unknown format");
        }
        ByteBuffer b = ByteBuffer.wrap(in, 1, in.length - 1);
        int band = b.get();
        int trusted = b.getInt();
        int count = b.getShort();
        List<byte[]> tags = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] t = new byte[TAG_BYTES];
            b.get(t);
            tags.add(t);
        }
        return new ReporterState(band, trusted, tags);
    }

    @Override
    public String toString() {
        return "ReporterState[redacted]";
    }
}
