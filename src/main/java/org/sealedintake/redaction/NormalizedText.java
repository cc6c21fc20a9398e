package org.sealedintake.redaction;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * The text detectors search: NFKC (full-width forms, circled digits, ideographic spaces), simplified
 * characters, and Chinese numerals read as digits where they spell a number. Normalising changes
 * lengths, so every normalised char remembers the range of the original it came from; findings are
 * mapped back through it and the rest of the original stays as written.
 */
final class NormalizedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Numerals people use for digits, incl. financial forms and radio-style 幺/两/拐/勾/洞. */
    private static final String[] NUMERALS_BY_DIGIT = {"〇零洞", "一幺壹", "二两贰貳", "三叁参", "四肆", "五伍", "六陆陸",
        "七柒拐", "八捌", "九玖勾"};
    /** Shorter runs are words (一一对应, 五五开), not numbers. */
    private static final int MIN_NUMERAL_RUN = 5;

    private final String original;
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;
    /** {@link #asciiPositions()}, once asked. */
    private int[] ascii;

    /** Built by {@link #of}; package-private so the tests' former normalisation can stand in for it. */
    NormalizedText(String original, String text, int[] origStart, int[] origEnd) {
        this.original = original;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /**
     * Per BMP char, whether NFKC keeps it as it is and it is not invisible (1), or not (2); 0 until
     * first asked. Racing writers store the same value.
     */
    private static final byte[] KEPT = new byte[Character.MAX_VALUE + 1];
    /** Per BMP char, whether NFKC has a boundary before it (1) or not (2); 0 until first asked. */
    private static final byte[] BOUNDARY = new byte[Character.MAX_VALUE + 1];
    /**
     * Per BMP char that is a segment of its own but not {@link #kept}: its NFKC form ("，" is ","),
     * {@link #AS_WRITTEN} if NFKC leaves it as it is, {@link #INVISIBLE} if it is dropped; null until
     * first asked. Full-width punctuation is in every Chinese report.
     */
    private static final String[] ALONE = new String[Character.MAX_VALUE + 1];
    private static final String AS_WRITTEN = new String("as written");
    private static final String INVISIBLE = new String("invisible");
    /** Per BMP char, 1 + the digit a numeral spells, or 0. */
    private static final byte[] NUMERAL_DIGIT = numeralTable();

    static NormalizedText of(String original) {
        int n = original.length();
        char[] out = new char[n + 16];
        int[] starts = new int[n + 16];
        int[] ends = new int[n + 16];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (!Character.isSurrogate(c) && kept(c) && (i + 1 == n || boundaryBefore(original, i + 1))) {
                // The common case: a char NFKC keeps as it is (ASCII, most Han), a segment of its own.
                // Asked through tables: two ICU look-ups per char cost more than the detectors that follow.
                if (length == out.length) {
                    out = Arrays.copyOf(out, length * 2);
                    starts = Arrays.copyOf(starts, length * 2);
                    ends = Arrays.copyOf(ends, length * 2);
                }
                out[length] = HanForms.simplified(c);
                starts[length] = i;
                ends[length] = i + 1;
                length++;
                i++;
                continue;
            }
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < n && !NFKC.hasBoundaryBefore(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            String alone = j == i + 1 && !Character.isSurrogate(c) ? alone(c) : null;
            String segment = alone == null ? original.substring(i, j) : null;
            if (alone == INVISIBLE || (alone == null && isInvisible(segment))) {
                // Zero-width and emoji-variation chars hidden inside numbers ("138\u200B0013"): dropped
                // from the search, but owned by the char before them so a redaction takes them along.
                if (length > 0) {
                    ends[length - 1] = j;
                }
                i = j;
                continue;
            }
            boolean unchanged = alone == null ? NFKC.isNormalized(segment) : alone == AS_WRITTEN;
            String normalised = alone == null ? (unchanged ? segment : NFKC.normalize(segment))
                    : (unchanged ? String.valueOf(c) : alone);
            for (int k = 0; k < normalised.length(); k++) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, length * 2);
                    starts = Arrays.copyOf(starts, length * 2);
                    ends = Arrays.copyOf(ends, length * 2);
                }
                out[length] = HanForms.simplified(normalised.charAt(k));
                // One-to-one chars keep their own position; a rewritten segment maps to all of it.
                starts[length] = unchanged ? i + k : i;
                ends[length] = unchanged ? i + k + 1 : j;
                length++;
            }
            i = j;
        }
        readNumeralsAsDigits(out, length);
        return new NormalizedText(original, new String(out, 0, length), Arrays.copyOf(starts, length),
                Arrays.copyOf(ends, length));
    }

    /** Whether NFKC keeps {@code c} (not a surrogate) as it is, and it is not invisible. */
    private static boolean kept(char c) {
        byte known = KEPT[c];
        if (known == 0) {
            known = NFKC.getDecomposition(c) == null && !isInvisible(c) ? (byte) 1 : (byte) 2;
            KEPT[c] = known;
        }
        return known == 1;
    }

    /** What a one-char segment becomes: see {@link #ALONE}. */
    private static String alone(char c) {
        String known = ALONE[c];
        if (known == null) {
            String segment = String.valueOf(c);
            known = isInvisible(segment) ? INVISIBLE : NFKC.isNormalized(segment) ? AS_WRITTEN : NFKC.normalize(segment);
            ALONE[c] = known;
        }
        return known;
    }

    /** Whether NFKC has a boundary before the code point at {@code j}. */
    private static boolean boundaryBefore(String s, int j) {
        char c = s.charAt(j);
        if (Character.isHighSurrogate(c)) {
            return NFKC.hasBoundaryBefore(s.codePointAt(j));
        }
        byte known = BOUNDARY[c];
        if (known == 0) {
            known = NFKC.hasBoundaryBefore(c) ? (byte) 1 : (byte) 2;
            BOUNDARY[c] = known;
        }
        return known == 1;
    }

    private static byte[] numeralTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int d = 0; d < NUMERALS_BY_DIGIT.length; d++) {
            for (int k = 0; k < NUMERALS_BY_DIGIT[d].length(); k++) {
                char c = NUMERALS_BY_DIGIT[d].charAt(k);
                if (table[c] == 0) {
                    table[c] = (byte) (d + 1);
                }
            }
        }
        return table;
    }

    private static void readNumeralsAsDigits(char[] s, int length) {
        int i = 0;
        while (i < length) {
            if (!isDigitLike(s[i])) {
                i++;
                continue;
            }
            int j = i;
            int digits = 0;
            boolean numeral = false;
            while (j < length) {
                char c = s[j];
                if (isDigitLike(c)) {
                    digits++;
                    numeral |= NUMERAL_DIGIT[c] != 0;
                    j++;
                } else if (isSeparator(c) && j + 1 < length && isDigitLike(s[j + 1])) {
                    j++;
                } else {
                    break;
                }
            }
            if (numeral && digits >= MIN_NUMERAL_RUN) {
                for (int k = i; k < j; k++) {
                    int digit = NUMERAL_DIGIT[s[k]] - 1;
                    if (digit >= 0) {
                        s[k] = (char) ('0' + digit);
                    }
                }
            }
            i = j;
        }
    }

    /** Chars that render as nothing (zero-width space, joiners, BOM, soft hyphen, variation selectors, keycap). */
    private static boolean isInvisible(String segment) {
        for (int k = 0; k < segment.length(); k++) {
            if (!isInvisible(segment.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\uFE0E' || c == '\uFE0F' || c == '\u20E3';
    }

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || NUMERAL_DIGIT[c] != 0;
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '·' || c == '_' || c == '\u00A0';
    }

    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /**
     * The offsets of the ASCII chars of the normalised text, in order: the only places where most of
     * the detectors' expressions can start (a digit, a Latin letter, '@', '+', ...). Computed once per
     * text and shared by the detectors; not thread-safe, like the rest of one redaction call.
     */
    int[] asciiPositions() {
        if (ascii == null) {
            int[] at = new int[text.length()];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < 0x80) {
                    at[count++] = i;
                }
            }
            ascii = Arrays.copyOf(at, count);
        }
        return ascii;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The original range a normalised range came from. */
    Finding toOriginal(Detector.Span span) {
        return new Finding(span.type(), origStart[span.start()], origEnd[span.end() - 1]);
    }
}
