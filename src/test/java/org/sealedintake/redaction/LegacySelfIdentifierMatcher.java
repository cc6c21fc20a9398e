package org.sealedintake.redaction;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST ONLY: SelfIdentifierMatcher as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>Finds the reporter's own identifiers in any disguise. Text and identifiers are projected the same
 * way: separators dropped (so spaced, dashed, dotted forms meet), letters lower-cased, stripped of
 * accents and reduced to their ICU confusable skeleton (Cyrillic "а" meets Latin "a"), Han already
 * simplified; digits are kept as they are because skeletons would turn 0 into O and 1 into l.
 * Chinese names are also looked for in pinyin, in both name orders.
 */
final class LegacySelfIdentifierMatcher {
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final ConcurrentHashMap<Character, String> LETTER_FORMS = new ConcurrentHashMap<>();
    /** Stands for punctuation that must not be bridged (a comma between two words). */
    private static final char BARRIER = '\u0001';
    private static final int MIN_LATIN_KEY = 3;
    private static final int MIN_HAN_KEY = 2;

    private LegacySelfIdentifierMatcher() {
    }

    static void find(LegacyNormalizedText text, Collection<String> identifiers, List<Detector.Span> out) {
        if (identifiers == null || identifiers.isEmpty()) {
            return;
        }
        Projection p = project(text.text());
        for (String key : keys(identifiers)) {
            int from = 0;
            int at;
            while ((at = p.text.indexOf(key, from)) >= 0) {
                from = at + 1;
                int start = extendOverCountryCode(p.text, at, key);
                int normStart = p.toNorm[start];
                int normEnd = p.toNorm[at + key.length() - 1] + 1;
                if (!bounded(text.text(), normStart, normEnd, key)) {
                    continue;
                }
                // "@handle" and "+86..." hide with their sign: a bare "@" or "+" before [REPORTER] reads oddly.
                if (normStart > 0 && (text.charAt(normStart - 1) == '@' || text.charAt(normStart - 1) == '+')
                        && (normStart < 2 || !isWordChar(text.charAt(normStart - 2)))) {
                    normStart--;
                }
                out.add(new Detector.Span(PiiType.REPORTER, normStart, normEnd));
            }
        }
    }

    /** Every searchable form of the identifiers: whole, e-mail local part, name parts, pinyin. */
    static Set<String> keys(Collection<String> identifiers) {
        Set<String> forms = new LinkedHashSet<>();
        for (String raw : identifiers) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String id = Normalizer2.getNFKCInstance().normalize(raw.strip());
            id = id.startsWith("@") ? id.substring(1) : id;
            forms.add(id);
            int at = id.indexOf('@');
            if (at > 0) {
                forms.add(id.substring(0, at));
            }
            String digits = id.replaceAll("[^0-9]", "");
            if (digits.length() >= 7 && digits.length() * 2 > id.replaceAll("\\s", "").length()) {
                forms.add(digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits);
            }
            String han = HanForms.simplified(id.replaceAll("[^\\p{IsHan}]", ""));
            if (han.length() >= MIN_HAN_KEY) {
                forms.add(han);
                String[] syllables = HanForms.pinyin(han).trim().split("\\s+");
                forms.add(String.join("", syllables));
                if (syllables.length >= 2) {
                    // 张伟 is "Zhang Wei" at home and "Wei Zhang" abroad.
                    forms.add(String.join("", java.util.Arrays.copyOfRange(syllables, 1, syllables.length)) + syllables[0]);
                }
                if (han.length() >= 3) {
                    forms.add(han.substring(1));
                }
                // An identity provider composes "given family" ("伟 张"); in Chinese text the name reads "张伟".
                String[] hanParts = id.strip().split("\\s+");
                if (hanParts.length >= 2) {
                    StringBuilder reversed = new StringBuilder();
                    for (int i = hanParts.length - 1; i >= 0; i--) {
                        reversed.append(HanForms.simplified(hanParts[i].replaceAll("[^\\p{IsHan}]", "")));
                    }
                    forms.add(reversed.toString());
                    String[] reversedSyllables = HanForms.pinyin(reversed.toString()).trim().split("\\s+");
                    forms.add(String.join("", reversedSyllables));
                }
            }
            if (han.isEmpty() && id.contains(" ")) {
                for (String part : id.split("\\s+")) {
                    forms.add(part);
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String form : forms) {
            String key = project(form).text;
            if (key.replace(String.valueOf(BARRIER), "").isEmpty()) {
                continue;
            }
            boolean han = key.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (key.length() >= (han ? MIN_HAN_KEY : MIN_LATIN_KEY)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** "+86 138..." is the reporter's number with its country code: hide the code too. */
    private static int extendOverCountryCode(String p, int at, String key) {
        if (!Character.isDigit(key.charAt(0))) {
            return at;
        }
        if (p.startsWith("0086", Math.max(0, at - 4)) && at >= 4) {
            return at - 4;
        }
        if (at >= 2 && p.startsWith("86", at - 2)) {
            return at - 2;
        }
        return at;
    }

    /** Latin and digit keys must start and end at word edges: "alice" is not hidden inside "malice". */
    private static boolean bounded(String norm, int start, int end, String key) {
        char first = key.charAt(0);
        char last = key.charAt(key.length() - 1);
        if (!HanForms.isHan(first) && start > 0 && isWordChar(norm.charAt(start - 1))) {
            return false;
        }
        return HanForms.isHan(last) || end >= norm.length() || !isWordChar(norm.charAt(end));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !HanForms.isHan(c);
    }

    private record Projection(String text, int[] toNorm) {
    }

    private static Projection project(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int[] map = new int[s.length() * 2 + 8];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String form;
            if (HanForms.isHan(c) || (c >= '0' && c <= '9')) {
                form = String.valueOf(c);
            } else if (Character.isLetter(c)) {
                form = LETTER_FORMS.computeIfAbsent(c, LegacySelfIdentifierMatcher::letterForm);
            } else if (Character.isWhitespace(c) || LegacyNormalizedText.isSeparator(c) || "+*~|\\'`\"()[]".indexOf(c) >= 0) {
                continue;
            } else {
                form = String.valueOf(BARRIER);
            }
            for (int k = 0; k < form.length(); k++) {
                if (b.length() == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[b.length()] = i;
                b.append(form.charAt(k));
            }
        }
        return new Projection(b.toString(), java.util.Arrays.copyOf(map, b.length()));
    }

    /** Lower case, accents dropped, then the confusable skeleton (lower-cased again: skeletons keep case). */
    private static String letterForm(Character c) {
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        String bare = NFD.normalize(lower).replaceAll("\\p{Mn}", "");
        if (bare.isEmpty()) {
            return lower;
        }
        String skeleton = SPOOF.getSkeleton(bare).toLowerCase(Locale.ROOT);
        // A skeleton that turns a letter into a digit would let letters stand for digits; keep the letter then.
        return skeleton.chars().anyMatch(Character::isDigit) ? bare : skeleton;
    }
}
