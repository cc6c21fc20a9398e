package org.sealedintake.sealing;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST ONLY: CanonicalText as it was before issue 10's sealing-time work (commit 993c386), copied unchanged
 * but for the class name: the reference that {@link FingerprintEquivalenceTest} compares the
 * service's algorithm with. Do not change it to follow the main code.
 *
 * <p>The form in which identity values are fingerprinted (format version 2) and texts are searched:
 * NFKC (full-width forms, circled digits), digits of any script as ASCII, Han as simplified
 * characters, letters lower-cased, stripped of accents (so pinyin tone marks go) and reduced to
 * their ICU confusable skeleton (Cyrillic "а" meets Latin "a"), everything else dropped. The text is
 * cut into units: each Han character, each run of letters, each run of digits; a value is looked
 * for only as a whole run of consecutive units, so "zhang-wei", "z h a n g w e i" and "张 伟"
 * are found while "wang" is not found inside "Wangfujing" nor "wei" inside "weight".
 *
 * <p>With {@code numeralsAsDigits}, Chinese numerals (also financial and radio-style forms) are read
 * as digits, so "一三八〇〇一三八〇〇〇" is the phone number it spells.
 */
final class LegacyCanonicalText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    /** Numerals people write for digits, after simplification. */
    private static final String[] NUMERALS_BY_DIGIT = { "〇零洞", "一幺壹", "二两贰", "三叁参", "四肆", "五伍",
        "六陆", "七柒拐", "八捌", "九玖勾" };
    private static final ConcurrentHashMap<Integer, String> FORMS = new ConcurrentHashMap<>();
    private static final String[] BMP_FORMS = new String[Character.MAX_VALUE + 1];

    static final byte HAN = 1;
    static final byte LETTER = 2;
    static final byte DIGIT = 3;

    /** Canonical code points. */
    final int[] cps;
    /** {@code boundary[i]}: a unit starts at i (and one ends before it); {@code boundary[length]} is true. */
    final boolean[] boundary;
    /** Whether reading numerals as digits changed anything. */
    final boolean numeralsRead;

    private LegacyCanonicalText(int[] cps, boolean[] boundary, boolean numeralsRead) {
        this.cps = cps;
        this.boundary = boundary;
        this.numeralsRead = numeralsRead;
    }

    int length() {
        return cps.length;
    }

    /** The canonical form of a value (no unit structure): what is fingerprinted. */
    static String canonical(String raw) {
        LegacyCanonicalText t = of(raw, false);
        return new String(t.cps, 0, t.cps.length);
    }

    static LegacyCanonicalText of(String raw, boolean numeralsAsDigits) {
        String text = NFKC.normalize(raw);
        int[] out = new int[text.length() + 16];
        boolean[] starts = new boolean[text.length() + 17];
        int n = 0;
        byte previous = 0;
        boolean separated = true;
        boolean numerals = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                // Zero-width chars and stray accents: invisible, they neither count nor split a word.
                continue;
            }
            String form = formOfCached(cp);
            if (form.isEmpty()) {
                separated = true;
                continue;
            }
            int digit = numeralsAsDigits && form.length() == 1 ? numeralDigit(form.charAt(0)) : -1;
            if (digit >= 0) {
                form = String.valueOf((char) ('0' + digit));
                numerals = true;
            }
            byte cls = classOf(form.codePointAt(0));
            boolean start = separated || cls != previous || cls == HAN;
            for (int k = 0; k < form.length();) {
                int c = form.codePointAt(k);
                k += Character.charCount(c);
                if (n + 1 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                    starts = Arrays.copyOf(starts, out.length + 1);
                }
                starts[n] = start;
                out[n++] = c;
                start = false;
            }
            previous = cls;
            separated = false;
        }
        boolean[] boundary = Arrays.copyOf(starts, n + 1);
        boundary[n] = true;
        return new LegacyCanonicalText(Arrays.copyOf(out, n), boundary, numerals);
    }

    static byte classOf(int cp) {
        if (cp >= '0' && cp <= '9') {
            return DIGIT;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? HAN : LETTER;
    }

    static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static int numeralDigit(char c) {
        for (int d = 0; d < NUMERALS_BY_DIGIT.length; d++) {
            if (NUMERALS_BY_DIGIT[d].indexOf(c) >= 0) {
                return d;
            }
        }
        return -1;
    }

    /**
     * {@link #formOf}, computed once per code point: BMP code points in a table (no boxed key per
     * character of every checked text), the rest in a map. Racing writers store equal strings.
     */
    private static String formOfCached(int cp) {
        if (cp > Character.MAX_VALUE) {
            return FORMS.computeIfAbsent(cp, LegacyCanonicalText::formOf);
        }
        String form = BMP_FORMS[cp];
        if (form == null) {
            form = formOf(cp);
            BMP_FORMS[cp] = form;
        }
        return form;
    }

    /** The canonical form of one code point; empty for separators and punctuation. */
    private static String formOf(int cp) {
        if (Character.isDigit(cp)) {
            return String.valueOf((char) ('0' + Character.digit(cp, 10)));
        }
        if (isHan(cp)) {
            String s;
            synchronized (TO_SIMPLIFIED) {
                s = TO_SIMPLIFIED.transliterate(new String(Character.toChars(cp)));
            }
            return s.codePointCount(0, s.length()) == 1 ? s : new String(Character.toChars(cp));
        }
        if (!Character.isLetter(cp)) {
            return "";
        }
        // Upper then lower folds the German sharp s to "ss", like IdentifierNormalizer.
        String lower = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lower.length();) {
            int c = lower.codePointAt(k);
            k += Character.charCount(c);
            String bare = NFD.normalize(new String(Character.toChars(c))).replaceAll("\\p{M}", "");
            if (bare.isEmpty()) {
                continue;
            }
            String skeleton = SPOOF.getSkeleton(bare).toLowerCase(Locale.ROOT);
            // A skeleton that turns a letter into a digit (or punctuation) would let letters stand
            // for digits; keep the bare letter then.
            out.append(skeleton.codePoints().allMatch(Character::isLetter) ? skeleton : bare);
        }
        return out.toString();
    }
}
