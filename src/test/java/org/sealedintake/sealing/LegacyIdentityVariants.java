package org.sealedintake.sealing;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sealedintake.redaction.WordList;

/**
 * TEST ONLY: IdentityVariants as it was before issue 10's sealing-time work (commit 993c386), copied unchanged
 * but for the class names and the surname list's reader (now {@code redaction/WordList}, which reads the same
 * words): the reference that {@link FingerprintEquivalenceTest} compares the service's algorithm with. Do
 * not change it to follow the main code.
 *
 * <p>The spellings of a reporter's attributes that format version 2 fingerprints, in priority order
 * (the set has room for {@link FingerprintSet#CAPACITY_V2}; what does not fit is left out and the
 * self-test then fails). Spellings that the canonical form already meets are not listed: case,
 * full-width forms, accents and pinyin tone marks, separators, traditional characters, look-alike
 * letters, Chinese numerals for digits ({@link LegacyCanonicalText}). What is listed: each attribute;
 * an e-mail's local part; a phone with and without its country code; a Chinese name in both orders,
 * its pinyin (joined, both orders, with tone numbers), its given name, its pinyin parts and the
 * forms in which people call someone by one part (老张, 小张, 张先生, 小伟, 阿伟, 伟伟); a Latin
 * name's parts and reverse order.
 */
final class LegacyIdentityVariants {
    // Transliterators are not thread-safe: one per thread, instead of one lock every request shares.
    private static final ThreadLocal<Transliterator> TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> TO_NUMERIC_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-NumericPinyin"));
    /** Shorter values would match too much text: Han values need 2 characters, others 3, digit-only 5. */
    static final int MIN_HAN = 2;
    static final int MIN_LATIN = 3;
    static final int MIN_DIGITS = 5;
    /** How people address someone by the family name, and by a one-character given name. */
    static final List<String> SURNAME_FORMS = List.of("老%s", "小%s", "%s先生", "%s女士", "%s老师", "%s总", "%s哥", "%s姐");
    static final List<String> GIVEN_FORMS = List.of("小%s", "阿%s", "%s%s");

    private static final Set<String> SURNAMES = WordList.load("/names/zh-surnames.txt");

    private LegacyIdentityVariants() {
    }

    /** One value to fingerprint: its kind and canonical form. */
    record Variant(FingerprintSet.Kind kind, String canonical) {
    }

    /** Every variant of the identity, deduplicated (a token value wins over the same client value). */
    static List<Variant> of(ReporterIdentity identity) {
        Map<String, FingerprintSet.Kind> out = new LinkedHashMap<>();
        FingerprintSet.Kind account = FingerprintSet.Kind.ACCOUNT;
        FingerprintSet.Kind contact = FingerprintSet.Kind.CONTACT;
        // Whole values first: if anything is cut, it is a variant, not an attribute.
        add(out, account, identity.name());
        add(out, account, identity.account());
        add(out, account, identity.email());
        for (String value : identity.contact().values()) {
            add(out, contact, value);
        }
        add(out, account, identity.subject());
        emailVariants(out, account, identity.email());
        for (Map.Entry<String, String> c : identity.contact().entrySet()) {
            switch (c.getKey()) {
                case "email" -> emailVariants(out, contact, c.getValue());
                case "phone" -> phoneVariants(out, contact, c.getValue());
                default -> {
                    // wechat, qq: the value itself (above); look-alikes and numerals are canonical.
                }
            }
        }
        nameVariants(out, account, identity.name());
        List<Variant> variants = new ArrayList<>(out.size());
        out.forEach((canonical, kind) -> variants.add(new Variant(kind, canonical)));
        return variants;
    }

    static void emailVariants(Map<String, FingerprintSet.Kind> out, FingerprintSet.Kind kind, String email) {
        if (email != null && email.indexOf('@') > 0) {
            add(out, kind, email.substring(0, email.indexOf('@')));
        }
    }

    /** "+86 138...", "0086 138..." and "138..." are one number; the stored forms are all three. */
    static void phoneVariants(Map<String, FingerprintSet.Kind> out, FingerprintSet.Kind kind, String phone) {
        if (phone == null) {
            return;
        }
        String digits = LegacyCanonicalText.canonical(phone).replaceAll("[^0-9]", "");
        String national = null;
        for (String prefix : new String[] { "0086", "86" }) {
            if (digits.startsWith(prefix) && digits.length() - prefix.length() >= 7) {
                national = digits.substring(prefix.length());
                break;
            }
        }
        if (national == null && digits.length() == 11 && digits.startsWith("1")) {
            national = digits;
        }
        add(out, kind, digits);
        if (national != null) {
            add(out, kind, national);
            add(out, kind, "86" + national);
            add(out, kind, "0086" + national);
        }
    }

    static void nameVariants(Map<String, FingerprintSet.Kind> out, FingerprintSet.Kind kind, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String[] parts = name.strip().split("\\s+");
        List<String> hanParts = new ArrayList<>();
        List<String> latinParts = new ArrayList<>();
        for (String p : parts) {
            String han = simplifiedHan(p);
            if (!han.isEmpty()) {
                hanParts.add(han);
            } else {
                latinParts.add(p);
            }
        }
        if (!hanParts.isEmpty()) {
            hanNameVariants(out, kind, hanParts);
        }
        if (latinParts.size() >= 2) {
            // "Alice Martin" is also "Martin Alice" (and "Martin, Alice"): parts and reverse order.
            List<String> reversed = new ArrayList<>(latinParts);
            java.util.Collections.reverse(reversed);
            add(out, kind, String.join("", reversed));
            for (String p : latinParts) {
                add(out, kind, p);
            }
        }
    }

    private static void hanNameVariants(Map<String, FingerprintSet.Kind> out, FingerprintSet.Kind kind, List<String> hanParts) {
        // One order in Chinese text is family-given; identity providers often compose given-family ("伟 张").
        Set<String> fulls = new LinkedHashSet<>();
        String asWritten = String.join("", hanParts);
        if (hanParts.size() >= 2 && SURNAMES.contains(hanParts.get(hanParts.size() - 1))
                && !SURNAMES.contains(hanParts.get(0))) {
            List<String> r = new ArrayList<>(hanParts);
            java.util.Collections.reverse(r);
            fulls.add(String.join("", r));
            fulls.add(asWritten);
        } else {
            fulls.add(asWritten);
            if (hanParts.size() >= 2) {
                List<String> r = new ArrayList<>(hanParts);
                java.util.Collections.reverse(r);
                fulls.add(String.join("", r));
            }
        }
        List<String[]> split = new ArrayList<>();
        for (String full : fulls) {
            add(out, kind, full);
            split.add(splitName(full));
        }
        for (String full : fulls) {
            String[] syllables = pinyin(full);
            add(out, kind, String.join("", syllables));
            add(out, kind, numericPinyin(full));
        }
        for (String[] sg : split) {
            if (sg[1].isEmpty()) {
                continue;
            }
            // Pinyin in the Western order: "Wei Zhang".
            add(out, kind, String.join("", pinyin(sg[1])) + String.join("", pinyin(sg[0])));
            add(out, kind, sg[1]);
            add(out, kind, String.join("", pinyin(sg[1])));
            add(out, kind, String.join("", pinyin(sg[0])));
            for (String f : SURNAME_FORMS) {
                add(out, kind, f.formatted(sg[0], sg[0]));
            }
            if (sg[1].codePointCount(0, sg[1].length()) == 1) {
                for (String f : GIVEN_FORMS) {
                    add(out, kind, f.formatted(sg[1], sg[1]));
                }
            }
        }
    }

    /** Family and given name of a Chinese name written family first: compound family names are known. */
    static String[] splitName(String han) {
        int n = han.codePointCount(0, han.length());
        if (n >= 3 && SURNAMES.contains(han.substring(0, han.offsetByCodePoints(0, 2)))) {
            int cut = han.offsetByCodePoints(0, 2);
            return new String[] { han.substring(0, cut), han.substring(cut) };
        }
        if (n >= 2) {
            int cut = han.offsetByCodePoints(0, 1);
            return new String[] { han.substring(0, cut), han.substring(cut) };
        }
        return new String[] { han, "" };
    }

    static String[] pinyin(String han) {
        return TO_PINYIN.get().transliterate(han).strip().split("\\s+");
    }

    static String numericPinyin(String han) {
        return TO_NUMERIC_PINYIN.get().transliterate(han);
    }

    static boolean isSurname(String han) {
        return SURNAMES.contains(han);
    }

    static String simplifiedHan(String s) {
        StringBuilder b = new StringBuilder();
        LegacyCanonicalText t = LegacyCanonicalText.of(s, false);
        for (int cp : t.cps) {
            if (LegacyCanonicalText.isHan(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static void add(Map<String, FingerprintSet.Kind> out, FingerprintSet.Kind kind, String raw) {
        if (raw == null) {
            return;
        }
        String c = LegacyCanonicalText.canonical(raw);
        int n = c.codePointCount(0, c.length());
        boolean han = c.codePoints().anyMatch(LegacyCanonicalText::isHan);
        boolean digits = !c.isEmpty() && c.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (n >= (han ? MIN_HAN : digits ? MIN_DIGITS : MIN_LATIN)) {
            out.putIfAbsent(c, kind);
        }
    }
}
