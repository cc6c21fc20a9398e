package org.sealedintake.redaction;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the reporter's own identifiers in any disguise. Text and identifiers are projected the same
 * way: separators dropped (so spaced, dashed, dotted forms meet), letters lower-cased, stripped of
 * accents and reduced to their ICU confusable skeleton (Cyrillic "а" meets Latin "a"), Han already
 * simplified; digits are kept as they are because skeletons would turn 0 into O and 1 into l.
 * Chinese names are also looked for in pinyin, in both name orders.
 */
final class SelfIdentifierMatcher {
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /**
     * What each char becomes in a projection ({@link #formOf}), filled as chars are first seen; racing
     * writers store equal strings. Asked for every char of every report: a table, where a map of boxed
     * chars and a string per Han char cost more than the search itself.
     */
    private static final String[] FORMS = new String[Character.MAX_VALUE + 1];
    /** Per char, its form when that is one char (most are), else 0; filled with {@link #FORMS}. */
    private static final char[] ONE_CHAR_FORM = new char[Character.MAX_VALUE + 1];
    private static final String SKIPPED = "";
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** Stands for punctuation that must not be bridged (a comma between two words). */
    private static final char BARRIER = '\u0001';
    private static final int MIN_LATIN_KEY = 3;
    private static final int MIN_HAN_KEY = 2;

    private SelfIdentifierMatcher() {
    }

    static void find(NormalizedText text, Collection<String> identifiers, List<Detector.Span> out) {
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
            String id = NFKC.normalize(raw.strip());
            id = id.startsWith("@") ? id.substring(1) : id;
            forms.add(id);
            int at = id.indexOf('@');
            if (at > 0) {
                forms.add(id.substring(0, at));
            }
            String digits = digitsOf(id);
            if (digits.length() >= 7 && digits.length() * 2 > lengthWithoutWhitespace(id)) {
                forms.add(digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits);
            }
            String han = HanForms.simplified(hanOf(id));
            if (han.length() >= MIN_HAN_KEY) {
                forms.add(han);
                String[] syllables = WHITESPACE_RUN.split(HanForms.pinyin(han).trim());
                forms.add(String.join("", syllables));
                if (syllables.length >= 2) {
                    // 张伟 is "Zhang Wei" at home and "Wei Zhang" abroad.
                    forms.add(String.join("", java.util.Arrays.copyOfRange(syllables, 1, syllables.length)) + syllables[0]);
                }
                if (han.length() >= 3) {
                    forms.add(han.substring(1));
                }
                // An identity provider composes "given family" ("伟 张"); in Chinese text the name reads "张伟".
                String[] hanParts = WHITESPACE_RUN.split(id.strip());
                if (hanParts.length >= 2) {
                    StringBuilder reversed = new StringBuilder();
                    for (int i = hanParts.length - 1; i >= 0; i--) {
                        reversed.append(HanForms.simplified(hanOf(hanParts[i])));
                    }
                    forms.add(reversed.toString());
                    String[] reversedSyllables = WHITESPACE_RUN.split(HanForms.pinyin(reversed.toString()).trim());
                    forms.add(String.join("", reversedSyllables));
                }
            }
            if (han.isEmpty() && id.contains(" ")) {
                for (String part : WHITESPACE_RUN.split(id)) {
                    forms.add(part);
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String form : forms) {
            String key = project(form).text;
            if (onlyBarriers(key)) {
                continue;
            }
            boolean han = holdsHan(key);
            if (key.length() >= (han ? MIN_HAN_KEY : MIN_LATIN_KEY)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** {@code s.replaceAll("[^0-9]", "")}. */
    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code s.replaceAll("\\s", "").length()}: what {@code \\s} matches is [ \\t\\n\\x0B\\f\\r]. */
    private static int lengthWithoutWhitespace(String s) {
        int length = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            length += c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' ? 0 : 1;
        }
        return length;
    }

    /** {@code s.replaceAll("[^\\p{IsHan}]", "")}: the code points of the Han script, supplementary ones included. */
    private static String hanOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            if (isHan(c)) {
                b.appendCodePoint(c);
            }
            k += Character.charCount(c);
        }
        return b.toString();
    }

    private static boolean isHan(int c) {
        return c <= Character.MAX_VALUE ? HanForms.isHan((char) c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean onlyBarriers(String key) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != BARRIER) {
                return false;
            }
        }
        return true;
    }

    /** Whether a code point of the key is of the Han script (supplementary ones included). */
    private static boolean holdsHan(String key) {
        for (int k = 0; k < key.length(); ) {
            int c = key.codePointAt(k);
            if (isHan(c)) {
                return true;
            }
            k += Character.charCount(c);
        }
        return false;
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
        int n = s.length();
        char[] b = new char[n + 8];
        int[] map = new int[n + 8];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char one = ONE_CHAR_FORM[c];
            if (one != 0) {
                if (length == b.length) {
                    b = java.util.Arrays.copyOf(b, length * 2);
                    map = java.util.Arrays.copyOf(map, length * 2);
                }
                map[length] = i;
                b[length++] = one;
                continue;
            }
            String form = FORMS[c];
            if (form == null) {
                form = formOf(c);
                FORMS[c] = form;
                if (form.length() == 1) {
                    ONE_CHAR_FORM[c] = form.charAt(0);
                }
            }
            for (int k = 0; k < form.length(); k++) {
                if (length == b.length) {
                    b = java.util.Arrays.copyOf(b, length * 2);
                    map = java.util.Arrays.copyOf(map, length * 2);
                }
                map[length] = i;
                b[length++] = form.charAt(k);
            }
        }
        return new Projection(new String(b, 0, length), java.util.Arrays.copyOf(map, length));
    }

    /** What a char becomes in a projection: itself, its letter form, nothing, or a barrier. */
    private static String formOf(char c) {
        if (HanForms.isHan(c) || (c >= '0' && c <= '9')) {
            return String.valueOf(c);
        } else if (Character.isLetter(c)) {
            return letterForm(c);
        } else if (Character.isWhitespace(c) || NormalizedText.isSeparator(c) || "+*~|\\'`\"()[]".indexOf(c) >= 0) {
            return SKIPPED;
        }
        return String.valueOf(BARRIER);
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
