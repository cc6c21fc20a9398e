package org.sealedintake.sealing;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * TEST ONLY: GuardSelfTest as it was before issue 10's sealing-time work (commit 993c386), copied unchanged
 * but for the class names: the reference that {@link FingerprintEquivalenceTest} compares the
 * service's algorithm with. Do not change it to follow the main code.
 *
 * <p>The self-test run at sealing, while the identity is in memory: every attribute, in every disguise
 * the leak guard claims to catch, is put into a sentence, and the report's own fingerprint set must
 * recognise each sentence. A failure (a value cut by the set's capacity, a name ICU spells in a way
 * the variants missed) is stored inside the encrypted set and flags the case for moderators.
 *
 * <p>The claimed disguises, per attribute: as written, upper case, full-width, spaced, dashed,
 * zero-width characters inside, look-alike Cyrillic letters (handles, e-mails, Latin names);
 * phones also with +86 / 0086 / without country code, grouped 3-4-4, in Chinese and financial numerals;
 * QQ numbers in numerals; e-mails also by their local part; Chinese names also traditional, spaced,
 * in pinyin (joined, spaced, tone marks, tone numbers, Western order), by given name and by the forms
 * of address of {@link LegacyIdentityVariants}; Latin names also in reverse order and by each part.
 */
final class LegacyGuardSelfTest {
    // Transliterators are not thread-safe: one per thread, instead of one lock every sealing shares.
    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
    private static final ThreadLocal<Transliterator> TO_PINYIN_MARKS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin"));
    private static final String[] TEMPLATES = { "请核实：%s 发布的内容。", "Please check what %s posted." };
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private LegacyGuardSelfTest() {
    }

    /** Whether the matcher recognises every disguised attribute of the identity. */
    static boolean passes(ReporterIdentity identity, Predicate<String> recognises) {
        for (String text : texts(identity)) {
            if (!recognises.test(text)) {
                return false;
            }
        }
        return true;
    }

    /** The synthetic sentences, one disguise each. */
    static List<String> texts(ReporterIdentity identity) {
        List<String> disguised = new ArrayList<>();
        handle(disguised, identity.account());
        handle(disguised, identity.subject());
        email(disguised, identity.email());
        name(disguised, identity.name());
        for (Map.Entry<String, String> c : identity.contact().entrySet()) {
            switch (c.getKey()) {
                case "phone" -> phone(disguised, c.getValue());
                case "email" -> email(disguised, c.getValue());
                case "qq" -> number(disguised, c.getValue());
                default -> handle(disguised, c.getValue());
            }
        }
        // Alternating templates put each kind of disguise both beside Han text and among Latin words.
        List<String> texts = new ArrayList<>(disguised.size());
        for (int i = 0; i < disguised.size(); i++) {
            texts.add(TEMPLATES[i % TEMPLATES.length].formatted(disguised.get(i)));
        }
        return texts;
    }

    private static boolean usable(String v, int min) {
        return v != null && LegacyCanonicalText.canonical(v).length() >= min;
    }

    private static void handle(List<String> out, String v) {
        if (!usable(v, LegacyIdentityVariants.MIN_LATIN)) {
            return;
        }
        common(out, v);
        out.add("@" + v);
    }

    private static void email(List<String> out, String v) {
        if (!usable(v, LegacyIdentityVariants.MIN_LATIN)) {
            return;
        }
        common(out, v);
        int at = v.indexOf('@');
        if (at > 0 && usable(v.substring(0, at), LegacyIdentityVariants.MIN_LATIN)) {
            String local = v.substring(0, at);
            out.add(local);
            out.add(local + " [at] " + v.substring(at + 1).replace(".", " dot "));
            out.add(fullWidth(local));
        }
    }

    private static void number(List<String> out, String v) {
        if (!usable(v, LegacyIdentityVariants.MIN_DIGITS)) {
            return;
        }
        String digits = LegacyCanonicalText.canonical(v).replaceAll("[^0-9]", "");
        out.add(v);
        out.add(fullWidth(digits));
        out.add(spaced(digits));
        out.add(numerals(digits, CHINESE_DIGITS));
        out.add(numerals(digits, FINANCIAL_DIGITS));
        out.add(zeroWidth(digits));
    }

    private static void phone(List<String> out, String v) {
        if (!usable(v, LegacyIdentityVariants.MIN_DIGITS)) {
            return;
        }
        number(out, v);
        String digits = LegacyCanonicalText.canonical(v).replaceAll("[^0-9]", "");
        String national = digits.startsWith("0086") ? digits.substring(4)
                : digits.startsWith("86") && digits.length() > 11 ? digits.substring(2) : digits;
        out.add(national);
        out.add("+86 " + national);
        out.add("0086-" + national);
        out.add("(+86)" + national);
        if (national.length() == 11) {
            out.add(national.substring(0, 3) + "-" + national.substring(3, 7) + "-" + national.substring(7));
            out.add(national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7));
            out.add(fullWidth("+86 " + national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7)));
        }
        out.add(numerals(national, CHINESE_DIGITS));
        out.add(numerals(national, FINANCIAL_DIGITS));
    }

    private static void name(List<String> out, String v) {
        if (v == null || v.isBlank()) {
            return;
        }
        String[] parts = v.strip().split("\\s+");
        boolean anyHan = LegacyIdentityVariants.simplifiedHan(v).length() > 0;
        if (!anyHan) {
            if (usable(v, LegacyIdentityVariants.MIN_LATIN)) {
                common(out, v);
                if (parts.length >= 2) {
                    List<String> r = new ArrayList<>(List.of(parts));
                    java.util.Collections.reverse(r);
                    out.add(String.join(" ", r));
                    out.add(parts[parts.length - 1].toUpperCase(Locale.ROOT) + ", " + parts[0]);
                    for (String p : parts) {
                        if (usable(p, LegacyIdentityVariants.MIN_LATIN)) {
                            out.add(p);
                        }
                    }
                }
            }
            return;
        }
        List<String> han = new ArrayList<>();
        for (String p : parts) {
            String h = LegacyIdentityVariants.simplifiedHan(p);
            if (!h.isEmpty()) {
                han.add(h);
            }
        }
        String full = String.join("", han);
        if (han.size() >= 2 && LegacyIdentityVariants.isSurname(han.get(han.size() - 1)) && !LegacyIdentityVariants.isSurname(han.get(0))) {
            java.util.Collections.reverse(han);
            full = String.join("", han);
        }
        if (full.codePointCount(0, full.length()) < LegacyIdentityVariants.MIN_HAN) {
            return;
        }
        String[] sg = LegacyIdentityVariants.splitName(full);
        String[] py = LegacyIdentityVariants.pinyin(full);
        out.add(full);
        out.add(spaced(full));
        out.add(dashed(full));
        out.add(zeroWidth(full));
        out.add(TO_TRADITIONAL.get().transliterate(full));
        out.add(String.join("", py));
        out.add(capitalised(String.join(" ", py)));
        out.add(String.join("-", py).toUpperCase(Locale.ROOT));
        out.add(fullWidth(capitalised(String.join(" ", py))));
        out.add(TO_PINYIN_MARKS.get().transliterate(full));
        out.add(LegacyIdentityVariants.numericPinyin(full));
        if (!sg[1].isEmpty()) {
            String given = String.join("", LegacyIdentityVariants.pinyin(sg[1]));
            String family = String.join("", LegacyIdentityVariants.pinyin(sg[0]));
            out.add(capitalised(given) + " " + capitalised(family));
            out.add(cyrillic(capitalised(given) + " " + capitalised(family)));
            out.add(LegacyIdentityVariants.SURNAME_FORMS.get(0).formatted(sg[0]));
            out.add(LegacyIdentityVariants.SURNAME_FORMS.get(2).formatted(sg[0]));
            if (sg[1].codePointCount(0, sg[1].length()) >= LegacyIdentityVariants.MIN_HAN) {
                out.add(sg[1]);
            } else {
                out.add(LegacyIdentityVariants.GIVEN_FORMS.get(0).formatted(sg[1]));
            }
            if (family.length() >= LegacyIdentityVariants.MIN_LATIN) {
                out.add("Mr " + capitalised(family));
            }
        }
    }

    /** Disguises any value can take: as written, upper case, full-width, spaced, dashed, zero-width, look-alike letters. */
    private static void common(List<String> out, String v) {
        out.add(v);
        out.add(v.toUpperCase(Locale.ROOT));
        out.add(fullWidth(v));
        out.add(spaced(v));
        out.add(dashed(v));
        out.add(zeroWidth(v));
        out.add(cyrillic(v));
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c == ' ' ? 0x3000 : c));
        return b.toString();
    }

    static String spaced(String s) {
        return String.join(" ", s.codePoints().mapToObj(Character::toString).toList());
    }

    static String dashed(String s) {
        return String.join("-", s.codePoints().mapToObj(Character::toString).toList());
    }

    static String zeroWidth(String s) {
        return String.join("\u200B", s.codePoints().mapToObj(Character::toString).toList());
    }

    /** Latin letters swapped for the Cyrillic letters that look the same. */
    static String cyrillic(String s) {
        return s.replace('a', 'а').replace('e', 'е').replace('o', 'о').replace('p', 'р').replace('c', 'с')
                .replace('x', 'х').replace('y', 'у').replace('i', 'і');
    }

    static String numerals(String digits, String table) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? table.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static String capitalised(String s) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : s.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
