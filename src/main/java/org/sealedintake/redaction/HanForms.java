package org.sealedintake.redaction;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional to simplified characters and pinyin, through ICU. ICU transliterators are not
 * documented as thread-safe, so calls are serialised; results per character are cached because
 * the same few thousand characters recur in every report.
 */
final class HanForms {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    // Han-Latin gives tone marks (zhāng); Latin-ASCII drops them so typed pinyin matches.
    private static final Transliterator TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    /** Simplified form per BMP char, 0 until first asked; racing writers store the same value. */
    private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];
    /** Whether each BMP char is of the Han script. */
    private static final boolean[] HAN = hanTable();

    private HanForms() {
    }

    static boolean isHan(char c) {
        // Below U+2E80 (CJK radicals) nothing is Han. Asked for every char by several detectors: a
        // table, as the script lookup (a binary search) showed in profiles.
        return c >= '\u2E80' && HAN[c];
    }

    private static boolean[] hanTable() {
        boolean[] han = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0x2E80; c <= Character.MAX_VALUE; c++) {
            han[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        return han;
    }

    /** The simplified form of one Han character; itself when ICU maps it to more or fewer chars. */
    static char simplified(char c) {
        if (!isHan(c)) {
            return c;
        }
        char known = SIMPLIFIED[c];
        if (known == 0) {
            known = transliterateOne(c);
            SIMPLIFIED[c] = known;
        }
        return known;
    }

    static String simplified(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(simplified(s.charAt(i)));
        }
        return b.toString();
    }

    /** Pinyin without tone marks, syllables separated by spaces: 张伟 becomes "zhang wei". */
    static String pinyin(String han) {
        synchronized (TO_PINYIN) {
            return TO_PINYIN.transliterate(han);
        }
    }

    private static char transliterateOne(char c) {
        String out;
        synchronized (TO_SIMPLIFIED) {
            out = TO_SIMPLIFIED.transliterate(String.valueOf(c));
        }
        return out.length() == 1 ? out.charAt(0) : c;
    }
}
