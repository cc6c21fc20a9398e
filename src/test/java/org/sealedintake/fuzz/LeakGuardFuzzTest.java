package org.sealedintake.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.sealedintake.redaction.guard.TestGuards;
import org.sealedintake.sealing.IdentityMatcher;
import org.sealedintake.sealing.ReporterIdentity;
import org.sealedintake.sealing.TestMatchers;

/**
 * Structure-aware target for the leak guard (issue 10, item 5): from the fuzz input, a random reporter
 * (Chinese or Latin name, account, e-mail, WeChat id, phone, QQ), fingerprinted as sealing does it
 * ({@link TestMatchers}: variants, PRFs, self-test), one attribute written in one disguise the guard
 * claims to catch (docs/leak-guard.md: traditional characters, pinyin with and without tone marks,
 * Western order, forms of address, name parts, look-alike letters, full-width forms, separators and
 * zero-width characters inside, a phone with or without its country code, in Chinese or financial
 * numerals, e-mails spelled out), set between random text as a word of its own; the guard must refuse.
 * Also an ID number of anyone (personal data, not a reporter attribute), which it must refuse too.
 *
 * <p>Written independently of {@code GuardSelfTest}'s list and of {@code LeakGuardPropertyTest}; on a
 * miss the message names the disguise and the text. New crash inputs replay from
 * {@code src/test/resources/org/sealedintake/fuzz/LeakGuardFuzzTestInputs/anIdentityInAClaimedDisguiseIsRefused/}.
 */
class LeakGuardFuzzTest {
    private static final String[] FAMILY = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "蔡", "潘", "欧阳", "司马", "诸葛" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "秀英", "霞", "平", "刚", "桂英", "子涵", "浩然", "欣怡", "梓轩", "雨萱", "一诺", "思远", "晓东", "国华", "建国",
        "丽华", "志强", "俊杰", "佳怡", "宇轩", "婷婷", "龙", "凤", "鹏", "飞", "华", "东", "亮", "辉" };
    private static final String[] LATIN_FIRST = { "Alice", "Oliver", "Emma", "Lucas", "Sofia", "Daniel", "Hannah", "Jonas",
        "Marek", "Chloe", "Mateo", "Ingrid" };
    private static final String[] LATIN_LAST = { "Martin", "Schneider", "Rossi", "Novak", "Garcia", "Kowalski", "Dubois", "Berg",
        "Okafor", "Lindqvist", "Moreau", "Silva" };
    /** Separators a writer puts between the parts of an attribute; the last three are invisible. */
    private static final String[] INSIDE = { " ", "-", ".", "_", "·", "/", "  ", "\u200B", "\u200D", "\u00AD" };
    /** What stands between the attribute and the surrounding text: it is a word of its own. */
    private static final String[] AROUND = { " ", "\n", "，", "：", "、", "（", "）", "\"", "“", "”", "(", ")", ": ", "; " };
    private static final String[] TITLES = { "先生", "女士", "老师", "总", "哥", "姐" };
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String RADIO_DIGITS = "洞幺两三四五六拐八勾";

    private static final Transliterator TRAD = Transliterator.getInstance("Simplified-Traditional");
    private static final Transliterator PINYIN_MARKS = Transliterator.getInstance("Han-Latin");
    private static final Transliterator PINYIN_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private static final Transliterator PINYIN_NUMBERS = Transliterator.getInstance("Han-Latin; Latin-NumericPinyin");

    /** A reporter as the fuzzer drew it, with the name's parts kept apart. */
    private record Reporter(ReporterIdentity identity, String family, String given, boolean chinese) {
    }

    @FuzzTest(maxDuration = "5m")
    void anIdentityInAClaimedDisguiseIsRefused(FuzzedDataProvider data) {
        Reporter reporter = reporter(data);
        Reporter coReporter = reporter(data);
        List<String> disguise = new ArrayList<>(2);
        String attribute = disguise(data, reporter, disguise);
        String before = data.consumeString(120);
        String aroundBefore = data.pickValue(AROUND);
        String aroundAfter = data.pickValue(AROUND);
        String after = data.consumeRemainingAsString();
        String text = before + aroundBefore + attribute + aroundAfter + after;
        IdentityMatcher matcher = TestMatchers.of(List.of(reporter.identity(), coReporter.identity()));
        assertTrue(TestGuards.refuses(text, matcher), () -> "not refused: disguise " + disguise.get(0) + " of " + disguise.get(1)
                + ", attribute [" + attribute + "], text [" + text + "]");
    }

    private static Reporter reporter(FuzzedDataProvider data) {
        boolean chinese = data.consumeBoolean();
        String family;
        String given;
        String name;
        if (chinese) {
            family = data.pickValue(FAMILY);
            given = data.pickValue(GIVEN);
            // Identity providers compose the name claim given name first ("伟 张") or as Chinese writes it.
            name = switch (data.consumeInt(0, 2)) {
                case 0 -> family + given;
                case 1 -> given + " " + family;
                default -> family + " " + given;
            };
        } else {
            family = data.consumeBoolean() ? data.pickValue(LATIN_LAST) : capital(letters(data, 3, 9));
            given = data.consumeBoolean() ? data.pickValue(LATIN_FIRST) : capital(letters(data, 3, 9));
            name = given + " " + family;
        }
        String account = letters(data, 3, 8) + digits(data, 0, 4);
        String email = letters(data, 3, 10) + (data.consumeBoolean() ? "." + letters(data, 3, 6) : "") + "@"
                + data.pickValue(new String[] { "example.com", "mail.example.cn", "qq.example", "163.example" });
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("wechat", letters(data, 3, 8) + (data.consumeBoolean() ? "_" : "") + digits(data, 2, 6));
        String national = "1" + data.consumeInt(3, 9) + digits(data, 9, 9);
        contact.put("phone", switch (data.consumeInt(0, 3)) {
            case 0 -> national;
            case 1 -> "+86 " + national;
            case 2 -> "+86-" + national.substring(0, 3) + "-" + national.substring(3, 7) + "-" + national.substring(7);
            default -> "0086" + national;
        });
        contact.put("qq", data.consumeInt(1, 9) + digits(data, 5, 9));
        contact.put("email", letters(data, 4, 8) + digits(data, 0, 3) + "@example.org");
        return new Reporter(new ReporterIdentity(UUID.randomUUID().toString(), account, name, email, contact), family, given, chinese);
    }

    /** One attribute of the reporter in one claimed disguise; {@code label} receives the disguise and the attribute kind. */
    private static String disguise(FuzzedDataProvider data, Reporter r, List<String> label) {
        ReporterIdentity id = r.identity();
        String national = national(id.contact().get("phone"));
        int which = data.consumeInt(0, 9);
        switch (which) {
            case 0, 1 -> {
                label.add(r.chinese() ? chineseName(data, r) : latinName(data, r));
                label.add("name");
                return label.get(0).substring(label.get(0).indexOf('|') + 1);
            }
            case 2, 3 -> {
                String[] spelled = phone(data, national);
                label.add(spelled[0]);
                label.add("phone");
                return spelled[1];
            }
            case 4 -> {
                String[] spelled = handle(data, id.contact().get("wechat"));
                label.add(spelled[0]);
                label.add("wechat");
                return spelled[1];
            }
            case 5 -> {
                String[] spelled = handle(data, id.account());
                label.add(spelled[0]);
                label.add("account");
                return (data.consumeBoolean() ? "@" : "") + spelled[1];
            }
            case 6 -> {
                String[] spelled = email(data, data.consumeBoolean() ? id.email() : id.contact().get("email"));
                label.add(spelled[0]);
                label.add("e-mail");
                return spelled[1];
            }
            case 7 -> {
                String qq = id.contact().get("qq");
                label.add("qq");
                return switch (data.consumeInt(0, 3)) {
                    case 0 -> { label.set(0, "qq as written"); yield qq; }
                    case 1 -> { label.set(0, "qq in Chinese numerals"); yield numerals(qq, CHINESE_DIGITS); }
                    case 2 -> { label.set(0, "qq full-width"); yield fullWidth(qq); }
                    default -> { label.set(0, "qq separated"); yield join(qq, data.pickValue(INSIDE)); }
                };
            }
            case 8 -> {
                String[] spelled = idNumber(data);
                label.add(spelled[0]);
                label.add("ID number of anyone");
                return spelled[1];
            }
            default -> {
                String[] spelled = handle(data, id.contact().get("wechat"));
                label.add("WeChat context, " + spelled[0]);
                label.add("wechat");
                return data.pickValue(new String[] { "微信 ", "wx: ", "加V ", "vx：" }) + spelled[1];
            }
        }
    }

    /** "disguise|text" for a Chinese name. */
    private static String chineseName(FuzzedDataProvider data, Reporter r) {
        String f = r.family();
        String g = r.given();
        String full = f + g;
        return switch (data.consumeInt(0, 14)) {
            case 0 -> "as written|" + full;
            case 1 -> "traditional|" + trad(full);
            case 2 -> "separated|" + join(full, data.pickValue(INSIDE));
            case 3 -> "pinyin joined|" + pinyin(full).replace(" ", "");
            case 4 -> "pinyin capitalised|" + capitalWords(pinyin(full));
            case 5 -> "pinyin upper|" + pinyin(full).toUpperCase(Locale.ROOT);
            case 6 -> "pinyin tone marks|" + marks(full);
            case 7 -> "pinyin tone numbers|" + numbers(full).replace(" ", "");
            case 8 -> "pinyin Western order|" + capitalWords(pinyin(g).replace(" ", "") + " " + pinyin(f).replace(" ", ""));
            case 9 -> "pinyin look-alike letters|" + lookAlike(pinyin(full).replace(" ", ""));
            case 10 -> "form of address|" + switch (data.consumeInt(0, 2)) {
                case 0 -> "老" + f;
                case 1 -> "小" + f;
                default -> f + data.pickValue(TITLES);
            };
            case 11 -> g.codePointCount(0, g.length()) >= 2 ? "given name|" + g : "given name, 小|小" + g;
            // Claimed for a family name whose pinyin has 3 letters or more (shorter values are not fingerprinted).
            case 12 -> pinyin(f).replace(" ", "").length() >= 3 ? "Mr + family pinyin|Mr " + capital(pinyin(f).replace(" ", ""))
                    : "as written|" + full;
            case 13 -> "traditional separated|" + join(trad(full), data.pickValue(INSIDE));
            default -> "full-width pinyin|" + fullWidth(pinyin(full).replace(" ", ""));
        };
    }

    /** "disguise|text" for a Latin name. */
    private static String latinName(FuzzedDataProvider data, Reporter r) {
        String f = r.family();
        String g = r.given();
        return switch (data.consumeInt(0, 7)) {
            case 0 -> "as written|" + g + " " + f;
            case 1 -> "upper|" + (g + " " + f).toUpperCase(Locale.ROOT);
            case 2 -> "reversed|" + f.toUpperCase(Locale.ROOT) + ", " + g;
            case 3 -> "family name|" + f;
            case 4 -> "given name|" + g;
            case 5 -> "look-alike letters|" + lookAlike(g + " " + f);
            case 6 -> "full-width|" + fullWidth(g + " " + f);
            default -> "joined|" + g + f;
        };
    }

    private static String[] phone(FuzzedDataProvider data, String national) {
        String a = national.substring(0, 3);
        String b = national.substring(3, 7);
        String c = national.substring(7);
        String sep = data.pickValue(new String[] { " ", "-", ".", "", "\u200B" });
        return switch (data.consumeInt(0, 10)) {
            case 0 -> new String[] { "national", national };
            case 1 -> new String[] { "3-4-4", a + sep + b + sep + c };
            case 2 -> new String[] { "+86", "+86" + data.pickValue(new String[] { " ", "-", "" }) + a + sep + b + sep + c };
            case 3 -> new String[] { "0086", "0086" + data.pickValue(new String[] { " ", "-", "" }) + national };
            case 4 -> new String[] { "(+86)", "(+86)" + data.pickValue(new String[] { " ", "" }) + national };
            case 5 -> new String[] { "Chinese numerals", numerals(national, CHINESE_DIGITS) };
            case 6 -> new String[] { "financial numerals", numerals(national, FINANCIAL_DIGITS) };
            case 7 -> new String[] { "radio numerals", numerals(national, RADIO_DIGITS) };
            case 8 -> new String[] { "full-width", fullWidth(data.consumeBoolean() ? "+86 " + national : national) };
            case 9 -> new String[] { "digits separated", join(national, data.pickValue(INSIDE)) };
            default -> new String[] { "Chinese numerals with +86", "+86 " + numerals(national, CHINESE_DIGITS) };
        };
    }

    private static String[] handle(FuzzedDataProvider data, String h) {
        return switch (data.consumeInt(0, 6)) {
            case 0 -> new String[] { "as written", h };
            case 1 -> new String[] { "upper", h.toUpperCase(Locale.ROOT) };
            case 2 -> new String[] { "look-alike letters", lookAlike(h) };
            case 3 -> new String[] { "full-width", fullWidth(h) };
            case 4 -> new String[] { "separated", join(h, data.pickValue(INSIDE)) };
            case 5 -> new String[] { "zero-width inside", join(h, "\u200B") };
            default -> new String[] { "capitalised", capital(h) };
        };
    }

    private static String[] email(FuzzedDataProvider data, String e) {
        String local = e.substring(0, e.indexOf('@'));
        return switch (data.consumeInt(0, 5)) {
            case 0 -> new String[] { "as written", e };
            case 1 -> new String[] { "upper", e.toUpperCase(Locale.ROOT) };
            case 2 -> new String[] { "local part", local };
            case 3 -> new String[] { "[at] dot", local + " [at] " + e.substring(e.indexOf('@') + 1).replace(".", " dot ") };
            case 4 -> new String[] { "full-width", fullWidth(e) };
            default -> new String[] { "look-alike letters", lookAlike(e) };
        };
    }

    /** A resident ID number with a valid check digit, birth date in the past (personal data of anyone). */
    private static String[] idNumber(FuzzedDataProvider data) {
        String province = data.pickValue(new String[] { "11", "31", "44", "51", "33", "32", "42" });
        String body = province + String.format(Locale.ROOT, "%04d", data.consumeInt(0, 9999))
                + data.consumeInt(1950, 2008) + String.format(Locale.ROOT, "%02d%02d", data.consumeInt(1, 12), data.consumeInt(1, 28))
                + String.format(Locale.ROOT, "%03d", data.consumeInt(0, 999));
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        String id = body + "10X98765432".charAt(sum % 11);
        return switch (data.consumeInt(0, 2)) {
            case 0 -> new String[] { "ID number", id };
            case 1 -> new String[] { "ID number grouped 6-8-4", id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14) };
            default -> new String[] { "ID number full-width", fullWidth(id) };
        };
    }

    private static String national(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("0086") ? digits.substring(4) : digits.startsWith("86") ? digits.substring(2) : digits;
    }

    private static String trad(String s) {
        synchronized (TRAD) {
            return TRAD.transliterate(s);
        }
    }

    private static String pinyin(String s) {
        synchronized (PINYIN_ASCII) {
            return PINYIN_ASCII.transliterate(s);
        }
    }

    private static String marks(String s) {
        synchronized (PINYIN_MARKS) {
            return PINYIN_MARKS.transliterate(s);
        }
    }

    private static String numbers(String s) {
        synchronized (PINYIN_NUMBERS) {
            return PINYIN_NUMBERS.transliterate(s);
        }
    }

    /** Cyrillic letters that look like Latin ones. */
    private static String lookAlike(String s) {
        return s.replace('a', 'а').replace('o', 'о').replace('e', 'е').replace('c', 'с').replace('p', 'р').replace('x', 'х')
                .replace('y', 'у').replace('i', 'і');
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        return b.toString();
    }

    private static String join(String s, String separator) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(b.length() > 0 ? separator : "").appendCodePoint(c));
        return b.toString();
    }

    private static String numerals(String digits, String table) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? table.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalWords(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.trim().split(" +")) {
            b.append(b.length() > 0 ? " " : "").append(capital(w));
        }
        return b.toString();
    }

    private static String letters(FuzzedDataProvider data, int min, int max) {
        int n = data.consumeInt(min, max);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + data.consumeInt(0, 25)));
        }
        return b.toString();
    }

    private static String digits(FuzzedDataProvider data, int min, int max) {
        int n = data.consumeInt(min, max);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + data.consumeInt(0, 9)));
        }
        return b.toString();
    }
}
