package org.sealedintake.redaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words people put before a WeChat id, a QQ number or a passport number ("加我vx:", "扣扣",
 * "passport no."). Matched on the simplified, lower-cased text just before a candidate, after
 * dropping fillers such as "号码：" or "是".
 */
final class ContextWords {
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

    private ContextWords() {
    }

    /** The type a context word just before {@code pos} announces, or null. */
    static PiiType before(String text, int pos) {
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
