package org.sealedintake.redaction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names by rule, for the leak guard (creator-bound text must name nobody): not used by
 * {@link Redactor}, whose tables count names as report content. Rules, on the normalised text:
 *
 * <ul>
 * <li>Chinese: a compound family name with one or two further Han characters; a family name with a
 * given-name character (and optionally a second), unless the pair is a listed word (周末, 方面);
 * 老/小/阿 before a family name (老张); a family name before a title (张先生, 王总, 李老师); any two
 * to four Han characters after 叫, 名叫, 名字是, 昵称, 网名.
 * <li>Latin: a title before a capitalised word (Mr Smith, Dr. Lee); a listed given name before a
 * capitalised word, or alone when capitalised (Alice, Alice Martin); pinyin names: a family name
 * and a given name in either order (Zhang Wei, Wei Zhang, ZHANG Wei) or joined (Zhangwei, zhangwei);
 * five or more single letters in a row (z h a n g w e i), a spelled-out disguise.
 * </ul>
 * Known misses: given names alone (伟, 娜娜), rare family names, names that are words
 * (Grace, 高明), non-Chinese names outside the list in lower case. docs/leak-guard.md measures them.
 */
final class PersonNameDetector implements Detector {
    private static final Set<String> SURNAMES = WordList.load("/names/zh-surnames.txt");
    private static final Set<String> GIVEN = WordList.load("/names/zh-given-chars.txt");
    private static final Set<String> STOP = WordList.load("/names/zh-name-stopwords.txt");
    private static final Set<String> EN_GIVEN = lower(WordList.load("/names/en-given-names.txt"));
    private static final Set<String> SURNAME_PINYIN = WordList.load("/names/zh-surname-pinyin.txt");
    private static final Set<String> GIVEN_PINYIN = WordList.load("/names/zh-given-pinyin.txt");
    /** Pinyin family names that are also English words: only with a given name beside them. */
    private static final Set<String> AMBIGUOUS_PINYIN = Set.of("he", "sun", "long", "fan", "pan", "song", "bai",
            "ding", "ma", "an", "hang", "men", "shi", "yu", "lei", "wan", "fang", "jiang", "ren", "tan", "gong", "lu");
    /** Two syllables are at most 12 letters ("zhuangshuang"); longer words are not tried (and stay linear). */
    private static final int MAX_GIVEN_PINYIN = 12;
    /** Generic characters that may open a three-character given part (张小伟, 王一博) but not end one. */
    private static final String LOOSE_FIRST_GIVEN = "一小大天文武永立正光友长世家新金国东民子思明成和安";
    private static final List<String> TITLES_AFTER = List.of("先生", "女士", "小姐", "老师", "同学", "师傅", "医生", "律师",
            "警官", "总", "哥", "姐", "叔", "阿姨", "妹");
    private static final List<String> CUES_BEFORE = List.of("名叫", "名字是", "名字叫", "昵称", "网名", "真名", "叫做", "叫");
    private static final Set<String> LATIN_TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "mme", "herr", "frau");
    /**
     * The one-character family names and given-name characters, and the first characters of the
     * two-character family names, as tables: looked up for every Han character of a text, where a
     * set of strings costs a string per character (most of the detector's garbage).
     */
    private static final boolean[] SURNAME_CHAR = firstCharsOf(SURNAMES, 1);
    private static final boolean[] COMPOUND_SURNAME_FIRST = firstCharsOf(SURNAMES, 2);
    private static final boolean[] GIVEN_CHAR = firstCharsOf(GIVEN, 1);
    /** Longer words cannot be in the sets: such splits are not tried. */
    private static final int LONGEST_SURNAME_PINYIN = longest(SURNAME_PINYIN);
    private static final int LONGEST_GIVEN_SYLLABLE = longest(GIVEN_PINYIN);
    private static final Set<String> OLD_YOUNG_STOP = Set.of("老师", "小时", "小说", "小心", "老实", "小组", "小区", "小孩",
            "小学", "老人", "老板", "老家", "小米", "阿里", "小于", "老公", "老婆", "小姐", "老鼠", "老虎", "老大", "小时候",
            "老年", "小型", "老式", "小吃", "老百", "小丑", "老化", "小便", "阿拉", "阿姨", "小康", "老牌", "小白", "小红");

    @Override
    public void detect(NormalizedText text, List<Span> out) {
        String s = text.text();
        // "张 伟", "张-伟", "张.伟": separators between Han characters do not split a name. Only whether
        // a name occurs matters to the guard, so spans found in the joined copy are kept as they are.
        chinese(joinHan(s), out);
        latin(s, out);
    }

    private static void chinese(String s, List<Span> out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!HanForms.isHan(c)) {
                continue;
            }
            // A compound family name with a given name.
            if (i + 2 < n && COMPOUND_SURNAME_FIRST[c] && HanForms.isHan(s.charAt(i + 2))) {
                String two = s.substring(i, i + 2);
                if (SURNAMES.contains(two) && !STOP.contains(two)) {
                    out.add(new Span(PiiType.PERSON_NAME, i, Math.min(n, i + 3)));
                    continue;
                }
            }
            if (SURNAME_CHAR[c]) {
                String one = String.valueOf(c);
                int end = givenEnd(s, i + 1);
                if (end > i + 1 && !STOP.contains(s.substring(i, i + 2))) {
                    out.add(new Span(PiiType.PERSON_NAME, i, end));
                }
                for (String title : TITLES_AFTER) {
                    if (s.startsWith(title, i + 1) && !STOP.contains(one + title)) {
                        out.add(new Span(PiiType.PERSON_NAME, i, i + 1 + title.length()));
                    }
                }
            }
            if ((c == '老' || c == '小' || c == '阿') && i + 1 < n && SURNAME_CHAR[s.charAt(i + 1)]
                    && !OLD_YOUNG_STOP.contains(s.substring(i, i + 2))
                    && !(i + 3 <= n && OLD_YOUNG_STOP.contains(s.substring(i, i + 3)))) {
                out.add(new Span(PiiType.PERSON_NAME, i, i + 2));
            }
        }
        for (String cue : CUES_BEFORE) {
            int from = 0;
            int at;
            while ((at = s.indexOf(cue, from)) >= 0) {
                from = at + cue.length();
                int start = from;
                while (start < n && (s.charAt(start) == ' ' || s.charAt(start) == ':' || s.charAt(start) == '：'
                        || s.charAt(start) == '"' || s.charAt(start) == '“' || s.charAt(start) == '「')) {
                    start++;
                }
                int end = start;
                while (end < n && end - start < 4 && HanForms.isHan(s.charAt(end))) {
                    end++;
                }
                if (end - start >= 2) {
                    out.add(new Span(PiiType.PERSON_NAME, start, end));
                }
            }
        }
    }

    private static String joinHan(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (NormalizedText.isSeparator(c) && b.length() > 0 && HanForms.isHan(b.charAt(b.length() - 1))) {
                int j = i;
                while (j < s.length() && NormalizedText.isSeparator(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && HanForms.isHan(s.charAt(j)) && j - i <= 2) {
                    i = j - 1;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The end of a one- or two-character given name starting at {@code i}, or {@code i} if none. */
    private static int givenEnd(String s, int i) {
        if (i >= s.length() || !HanForms.isHan(s.charAt(i))) {
            return i;
        }
        boolean second = i + 1 < s.length() && GIVEN_CHAR[s.charAt(i + 1)];
        if (GIVEN_CHAR[s.charAt(i)]) {
            return second ? i + 2 : i + 1;
        }
        if (LOOSE_FIRST_GIVEN.indexOf(s.charAt(i)) >= 0 && second) {
            return i + 2;
        }
        return i;
    }

    private static void latin(String s, List<Span> out) {
        // Tokens: maximal runs of letters (not Han), with their offsets.
        List<int[]> tokens = new java.util.ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n;) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !HanForms.isHan(c)) {
                int j = i;
                while (j < n && Character.isLetter(s.charAt(j)) && !HanForms.isHan(s.charAt(j))) {
                    j++;
                }
                tokens.add(new int[] { i, j });
                i = j;
            } else {
                i++;
            }
        }
        int singles = 0;
        String word = tokens.isEmpty() ? null : s.substring(tokens.get(0)[0], tokens.get(0)[1]);
        // Pinyin tone marks and accents do not hide a name: "Zhāng Wěi".
        String lower = word == null ? null : bare(word.toLowerCase(Locale.ROOT));
        for (int t = 0; t < tokens.size(); t++) {
            int[] tok = tokens.get(t);
            int[] following = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
            // Each token is cut out and lower-cased once, as the next word and then as the word.
            String followingWord = following == null ? null : s.substring(following[0], following[1]);
            String followingLower = following == null ? null : bare(followingWord.toLowerCase(Locale.ROOT));
            int[] next = following != null && onlySpaceBetween(s, tok[1], following[0]) ? following : null;
            String nextWord = next == null ? null : followingWord;
            // Spelled-out letters: "z h a n g w e i".
            if (word.length() == 1) {
                singles = singles > 0 && onlySeparatorsBetween(s, tokens.get(t - 1)[1], tok[0]) ? singles + 1 : 1;
            } else {
                singles = 0;
            }
            if (singles >= 5) {
                out.add(new Span(PiiType.PERSON_NAME, tokens.get(t - 4)[0], tok[1]));
            }
            if (LATIN_TITLES.contains(lower) && nextWord != null && capitalised(nextWord)) {
                out.add(new Span(PiiType.PERSON_NAME, tok[0], next[1]));
            } else if (EN_GIVEN.contains(lower) && capitalised(word)) {
                out.add(new Span(PiiType.PERSON_NAME, tok[0], nextWord != null && capitalised(nextWord) ? next[1] : tok[1]));
            } else if (nextWord != null && pinyinName(lower, followingLower, word, nextWord)) {
                out.add(new Span(PiiType.PERSON_NAME, tok[0], next[1]));
            } else if (joinedPinyinName(lower) || joinedGivenName(word)) {
                out.add(new Span(PiiType.PERSON_NAME, tok[0], tok[1]));
            }
            word = followingWord;
            lower = followingLower;
        }
    }

    /** "Zhang Wei", "Wei Zhang", "ZHANG Wei"; lower case too unless the family name is also an English word. */
    private static boolean pinyinName(String a, String b, String aWritten, String bWritten) {
        boolean ab = SURNAME_PINYIN.contains(a) && givenPinyin(b);
        boolean ba = SURNAME_PINYIN.contains(b) && givenPinyin(a);
        if (!ab && !ba) {
            return false;
        }
        if (capitalised(aWritten) && capitalised(bWritten)) {
            return true;
        }
        String family = ab ? a : b;
        return !AMBIGUOUS_PINYIN.contains(family) && !AMBIGUOUS_PINYIN.contains(ab ? b : a);
    }

    /** One or two given-name syllables: "wei", "xiaoming". */
    private static boolean givenPinyin(String s) {
        if (s.length() > MAX_GIVEN_PINYIN) {
            return false;
        }
        if (GIVEN_PINYIN.contains(s)) {
            return true;
        }
        // Only splits whose both halves could be syllables.
        for (int k = Math.max(1, s.length() - LONGEST_GIVEN_SYLLABLE); k < s.length() && k <= LONGEST_GIVEN_SYLLABLE; k++) {
            if (GIVEN_PINYIN.contains(s.substring(0, k)) && GIVEN_PINYIN.contains(s.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** "AliceMartin": a listed given name joined to a capitalised word. */
    private static boolean joinedGivenName(String word) {
        for (int k = 2; k < word.length() - 1 && k < 16; k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return EN_GIVEN.contains(word.substring(0, k).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** "zhangwei", "Liuxiaoming", "weizhang": family name and given syllables in one word, 5+ letters. */
    private static boolean joinedPinyinName(String s) {
        if (s.length() < 5 || s.length() > MAX_GIVEN_PINYIN + 8) {
            return false;
        }
        for (int k = 2; k <= s.length() - 2; k++) {
            // Only splits with one half short enough to be a family name.
            boolean surnameFirst = k <= LONGEST_SURNAME_PINYIN;
            boolean surnameLast = s.length() - k <= LONGEST_SURNAME_PINYIN;
            if (!surnameFirst && !surnameLast) {
                continue;
            }
            String a = s.substring(0, k);
            String b = s.substring(k);
            if ((surnameFirst && SURNAME_PINYIN.contains(a) && givenPinyin(b))
                    || (surnameLast && SURNAME_PINYIN.contains(b) && givenPinyin(a))) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) >= 0x80) {
                return java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return w;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean onlySpaceBetween(String s, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != ',' && c != '-' && c != '·' && c != '.' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySeparatorsBetween(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!NormalizedText.isSeparator(s.charAt(k))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /** {@code table[c]}: some word of this length starts with c (is c, for length 1). */
    private static boolean[] firstCharsOf(Set<String> words, int length) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        words.stream().filter(w -> w.length() == length).forEach(w -> table[w.charAt(0)] = true);
        return table;
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    private static Set<String> lower(Set<String> in) {
        Set<String> out = new HashSet<>();
        in.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
