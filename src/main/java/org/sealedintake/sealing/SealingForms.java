package org.sealedintake.sealing;

import java.util.HashMap;
import java.util.Map;

/**
 * The forms of one identity's values that sealing computes more than once (canonical forms, ICU's
 * pinyin), each computed once: the variants ({@link IdentityVariants}) and the self-test's sentences
 * ({@link GuardSelfTest}) ask for the same ones, and ICU's Han-Latin step costs tens of
 * microseconds per character. Each is a pure function of its input, so a remembered form is the one a new call
 * would give. One instance per sealing call, dropped with the identity: it holds plaintext, so it is
 * never shared between calls or reporters.
 */
final class SealingForms {
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> digits = new HashMap<>();
    private final Map<String, String> simplifiedHan = new HashMap<>();
    private final Map<String, String> withMarks = new HashMap<>();
    private final Map<String, String[]> pinyin = new HashMap<>();
    private final Map<String, String> numericPinyin = new HashMap<>();

    /** {@link CanonicalText#canonical}. */
    String canonical(String raw) {
        return canonical.computeIfAbsent(raw, CanonicalText::canonical);
    }

    /** The digits of a value's canonical form (a phone or QQ number as the variants and sentences write it). */
    String digits(String raw) {
        return digits.computeIfAbsent(raw, v -> IdentityVariants.NON_DIGITS.matcher(canonical(v)).replaceAll(""));
    }

    /** {@link IdentityVariants#simplifiedHan}. */
    String simplifiedHan(String s) {
        return simplifiedHan.computeIfAbsent(s, IdentityVariants::simplifiedHan);
    }

    /** {@link IdentityVariants#pinyinWithMarks}: the Han-Latin step the other pinyin forms start from. */
    String pinyinWithMarks(String han) {
        return withMarks.computeIfAbsent(han, IdentityVariants::pinyinWithMarks);
    }

    /** {@link IdentityVariants#pinyin}; callers only read the array. */
    String[] pinyin(String han) {
        return pinyin.computeIfAbsent(han, h -> IdentityVariants.asciiPinyin(pinyinWithMarks(h)));
    }

    /** {@link IdentityVariants#numericPinyin}. */
    String numericPinyin(String han) {
        return numericPinyin.computeIfAbsent(han, h -> IdentityVariants.numberedPinyin(pinyinWithMarks(h)));
    }
}
