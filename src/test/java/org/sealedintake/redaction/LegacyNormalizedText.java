package org.sealedintake.redaction;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * TEST ONLY: NormalizedText as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>The text detectors search: NFKC (full-width forms, circled digits, ideographic spaces), simplified
 * characters, and Chinese numerals read as digits where they spell a number. Normalising changes
 * lengths, so every normalised char remembers the range of the original it came from; findings are
 * mapped back through it and the rest of the original stays as written.
 */
final class LegacyNormalizedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Numerals people use for digits, incl. financial forms and radio-style 幺/两/拐/勾/洞. */
    private static final String[] NUMERALS_BY_DIGIT = {"〇零洞", "一幺壹", "二两贰貳", "三叁参", "四肆", "五伍", "六陆陸",
        "七柒拐", "八捌", "九玖勾"};
    private static final String NUMERALS = String.join("", NUMERALS_BY_DIGIT);
    /** Shorter runs are words (一一对应, 五五开), not numbers. */
    private static final int MIN_NUMERAL_RUN = 5;

    private final String original;
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    private LegacyNormalizedText(String original, String text, int[] origStart, int[] origEnd) {
        this.original = original;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    static LegacyNormalizedText of(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n + 16);
        int[] starts = new int[n + 16];
        int[] ends = new int[n + 16];
        int i = 0;
        while (i < n) {
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < n && !NFKC.hasBoundaryBefore(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            if (j - i == 1 && NFKC.getDecomposition(original.charAt(i)) == null && !isInvisible(original.charAt(i))) {
                // The common case: a char NFKC keeps as it is (ASCII, most Han).
                int at = out.length();
                if (at == starts.length) {
                    starts = Arrays.copyOf(starts, at * 2);
                    ends = Arrays.copyOf(ends, at * 2);
                }
                out.append(HanForms.simplified(original.charAt(i)));
                starts[at] = i;
                ends[at] = j;
                i = j;
                continue;
            }
            String segment = original.substring(i, j);
            if (isInvisible(segment)) {
                // Zero-width and emoji-variation chars hidden inside numbers ("138\u200B0013"): dropped
                // from the search, but owned by the char before them so a redaction takes them along.
                if (out.length() > 0) {
                    ends[out.length() - 1] = j;
                }
                i = j;
                continue;
            }
            boolean unchanged = NFKC.isNormalized(segment);
            String normalised = unchanged ? segment : NFKC.normalize(segment);
            for (int k = 0; k < normalised.length(); k++) {
                int at = out.length();
                if (at == starts.length) {
                    starts = Arrays.copyOf(starts, at * 2);
                    ends = Arrays.copyOf(ends, at * 2);
                }
                out.append(HanForms.simplified(normalised.charAt(k)));
                // One-to-one chars keep their own position; a rewritten segment maps to all of it.
                starts[at] = unchanged ? i + k : i;
                ends[at] = unchanged ? i + k + 1 : j;
            }
            i = j;
        }
        readNumeralsAsDigits(out);
        return new LegacyNormalizedText(original, out.toString(), Arrays.copyOf(starts, out.length()),
                Arrays.copyOf(ends, out.length()));
    }

    private static void readNumeralsAsDigits(StringBuilder s) {
        int i = 0;
        while (i < s.length()) {
            if (!isDigitLike(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int digits = 0;
            boolean numeral = false;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (isDigitLike(c)) {
                    digits++;
                    numeral |= NUMERALS.indexOf(c) >= 0;
                    j++;
                } else if (isSeparator(c) && j + 1 < s.length() && isDigitLike(s.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (numeral && digits >= MIN_NUMERAL_RUN) {
                for (int k = i; k < j; k++) {
                    int digit = digitOf(s.charAt(k));
                    if (digit >= 0) {
                        s.setCharAt(k, (char) ('0' + digit));
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

    private static int digitOf(char c) {
        for (int d = 0; d < NUMERALS_BY_DIGIT.length; d++) {
            if (NUMERALS_BY_DIGIT[d].indexOf(c) >= 0) {
                return d;
            }
        }
        return -1;
    }

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || NUMERALS.indexOf(c) >= 0;
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

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** TEST ONLY: the same normalisation as the engine's type, for detectors that take it. */
    NormalizedText asCurrent() {
        return new NormalizedText(original, text, origStart, origEnd);
    }

    /** The original range a normalised range came from. */
    Finding toOriginal(Detector.Span span) {
        return new Finding(span.type(), origStart[span.start()], origEnd[span.end() - 1]);
    }
}
