package org.sealedintake.redaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TEST ONLY: ContextWords as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>The words people put before a WeChat id, a QQ number or a passport number ("加我vx:", "扣扣",
 * "passport no."). Matched on the simplified, lower-cased text just before a candidate, after
 * dropping fillers such as "号码：" or "是".
 */
final class LegacyContextWords {
    private static final int LOOK_BACK = 24;
    /** Said between a context word and the id: "QQ号码：", "微信是", "passport no. ". */
    private static final List<String> FILLERS = List.of(" ", "\t", "\n", ":", "=", "#", "号码", "号", "账号", "帐号", "id",
            "no.", "no", "number", "是", "为", "群");
    /** Order matters: longer words first where one ends another ("企鹅号" before "号"). */
    private static final List<Map.Entry<String, PiiType>> WORDS = List.of(
            Map.entry("微信", PiiType.WECHAT), Map.entry("薇信", PiiType.WECHAT), Map.entry("威信", PiiType.WECHAT),
            Map.entry("徽信", PiiType.WECHAT), Map.entry("维信", PiiType.WECHAT), Map.entry("v信", PiiType.WECHAT),
            Map.entry("vx", PiiType.WECHAT), Map.entry("wx", PiiType.WECHAT), Map.entry("weixin", PiiType.WECHAT),
            Map.entry("wechat", PiiType.WECHAT), Map.entry("加微", PiiType.WECHAT), Map.entry("加v", PiiType.WECHAT),
            Map.entry("+v", PiiType.WECHAT), Map.entry("绿泡泡", PiiType.WECHAT), Map.entry("加我", PiiType.WECHAT),
            Map.entry("qq", PiiType.QQ), Map.entry("q", PiiType.QQ), Map.entry("扣扣", PiiType.QQ), Map.entry("抠抠", PiiType.QQ),
            Map.entry("企鹅", PiiType.QQ), Map.entry("球球", PiiType.QQ),
            Map.entry("护照", PiiType.PASSPORT), Map.entry("passport", PiiType.PASSPORT),
            Map.entry("通行证", PiiType.PASSPORT));

    private LegacyContextWords() {
    }

    /** The type a context word just before {@code pos} announces, or null. */
    static PiiType before(String text, int pos) {
        int from = Math.max(0, pos - LOOK_BACK);
        if (!lowerCasesCharByChar(text, from, pos)) {
            return beforeLowerCased(text, pos);
        }
        // Called for every id-shaped word and digit group: compares in place, without copying or
        // lower-casing the window (same result as beforeLowerCased, which does).
        int end = stripFillers(text, from, pos);
        for (Map.Entry<String, PiiType> word : WORDS) {
            String w = word.getKey();
            if (endsWith(text, from, end, w) && latinWordStart(text, from, end - w.length())) {
                return word.getValue();
            }
        }
        return null;
    }

    /**
     * Whether lower-casing the window as a string gives, char by char, {@code Character.toLowerCase}
     * of each char: true unless it holds U+0130 (two chars lower-cased) or a surrogate. (Final sigma
     * differs too, but neither sigma is in any word or filler.)
     */
    private static boolean lowerCasesCharByChar(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\u0130' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #before} as first written: copies and lower-cases the window (the reference for tests). */
    static PiiType beforeLowerCased(String text, int pos) {
        String window = text.substring(Math.max(0, pos - LOOK_BACK), pos).toLowerCase(Locale.ROOT);
        String head = stripFillers(window);
        for (Map.Entry<String, PiiType> word : WORDS) {
            if (head.endsWith(word.getKey()) && latinWordStart(head, head.length() - word.getKey().length())) {
                return word.getValue();
            }
        }
        return null;
    }

    private static String stripFillers(String window) {
        int end = window.length();
        boolean stripped = true;
        while (stripped && end > 0) {
            stripped = false;
            for (String filler : FILLERS) {
                if (window.startsWith(filler, end - filler.length()) && end - filler.length() >= 0) {
                    end -= filler.length();
                    stripped = true;
                    break;
                }
            }
        }
        return window.substring(0, end);
    }

    /** Where the window {@code [from, to)} ends once fillers are dropped from its end. */
    private static int stripFillers(String text, int from, int to) {
        int end = to;
        boolean stripped = true;
        while (stripped && end > from) {
            stripped = false;
            for (String filler : FILLERS) {
                if (endsWith(text, from, end, filler)) {
                    end -= filler.length();
                    stripped = true;
                    break;
                }
            }
        }
        return end;
    }

    /** Whether {@code text[from, end)}, lower-cased, ends with {@code lower}. */
    private static boolean endsWith(String text, int from, int end, String lower) {
        int start = end - lower.length();
        if (start < from) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #latinWordStart(String, int)} on the window {@code [from, ...)} of the text, lower-cased. */
    private static boolean latinWordStart(String text, int from, int at) {
        if (at == from || !isAsciiLetter(Character.toLowerCase(text.charAt(at)))) {
            return true;
        }
        return !isAsciiLetter(Character.toLowerCase(text.charAt(at - 1)));
    }

    /** "qq" in "add my qq" counts; the "wx" ending some other Latin word does not. */
    private static boolean latinWordStart(String s, int at) {
        if (at == 0 || !isAsciiLetter(s.charAt(at))) {
            return true;
        }
        return !isAsciiLetter(s.charAt(at - 1));
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
