package org.sealedintake.redaction;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers with a shape of their own: e-mail, URL, @handle, IPv4/IPv6, licence plate, passport,
 * unified social credit code, and WeChat ids (wxid_... anywhere, other ids after a context word).
 */
final class PatternDetector implements Detector {
    /** "@" and how people avoid writing it: [at], (at), #, 艾特. */
    private static final String AT = "(?:@|\\s?[\\[(][Aa][Tt][\\])]\\s?|#|艾特)";
    private static final String DOT = "(?:\\.|\\s?[\\[(][Dd][Oo][Tt][\\])]\\s?|点)";
    /** "name at example dot com": spoken form, accepted only with a common top-level domain. */
    private static final Pattern EMAIL_SPOKEN = Pattern.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]*"
            + "\\s+(?:at|AT)\\s+[A-Za-z0-9\\-]+(?:\\s+(?:dot|DOT)\\s+[A-Za-z0-9\\-]+){0,5}\\s+(?:dot|DOT)\\s+"
            + "(?:com|cn|net|org|edu|gov|COM|CN|NET|ORG)(?![A-Za-z0-9])");
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]*" + AT
            + "(?:[A-Za-z0-9\\-]+" + DOT + "){1,10}[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s\\p{IsHan}<>\"'，。！？、；：（）]+"
            + "|(?<![A-Za-z0-9.@\\-_])(?:[a-z0-9\\-]+\\.){1,10}(?:com|cn|net|org|io|me|cc|top|xyz|info|tv|app|link|ly|hk|tw)"
            + "(?![A-Za-z0-9\\-])(?:/[^\\s\\p{IsHan}<>\"'，。！？、；：]*)?");
    private static final Pattern HANDLE = Pattern.compile("(?<![A-Za-z0-9._%+\\-])@[\\p{L}\\p{N}_.\\-]{2,30}");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\d|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9a-fA-F:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![0-9a-fA-F:])");
    private static final String PLATE_LETTERS = "A-HJ-NP-Za-hj-np-z";
    private static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]"
            + " ?[" + PLATE_LETTERS + "][·•.\\s\\-]?(?=[" + PLATE_LETTERS + "]*\\d)"
            + "(?:[DFdf][" + PLATE_LETTERS + "0-9]{5}|\\d{5}[DFdf]|[" + PLATE_LETTERS + "0-9]{5}|[" + PLATE_LETTERS
            + "0-9]{4}[挂学警港澳])(?![A-Za-z0-9])");
    /** Mainland passports: E + 8 digits, E + letter + 7 digits, the older G + 8 digits. */
    private static final Pattern PASSPORT = Pattern.compile("(?<![A-Za-z0-9])(?:[EG]\\d{8}|E[A-HJ-NP-Z]\\d{7})(?![A-Za-z0-9])");
    /** Other countries' forms, accepted only after a context word (护照, passport). */
    private static final Pattern PASSPORT_LIKE = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{1,2}\\d{6,9}(?![A-Za-z0-9])");
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![A-Za-z0-9])[0-9A-Z]{18}(?![A-Za-z0-9])");
    private static final Pattern WXID = Pattern.compile("(?<![A-Za-z0-9_])[Ww][Xx][Ii][Dd]_[A-Za-z0-9]{4,24}(?![A-Za-z0-9_])");
    private static final Pattern ID_LIKE = Pattern.compile("(?<![A-Za-z0-9_\\-])[A-Za-z][A-Za-z0-9_\\-]{5,19}(?![A-Za-z0-9_\\-])");

    /** Provinces (and 使/领) that open a licence plate. */
    private static final String PLATE_OPENERS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";
    private static final String[] URL_TOP_LEVEL = { "com", "cn", "net", "org", "io", "me", "cc", "top", "xyz", "info", "tv",
        "app", "link", "ly", "hk", "tw" };

    /**
     * Each expression is tried only where it can match: the text must hold what every match holds
     * ('@' for a handle, ':' pairs for IPv6, a digit for a plate), and a match is tried only at the
     * characters a match can start with. Trying an expression at every position of a 5,000-character
     * text costs more than all the rest of the detector (the plate's 34-character class alone, tried
     * at each position, cost 1.2 ms). Same findings as {@link Matcher#find()} over the whole text
     * ({@link AnchoredMatches}); {@code PrefilterEquivalenceTest} compares both.
     */
    private final boolean prefilter;

    PatternDetector() {
        this(true);
    }

    /** Without prefilters: every expression runs over the whole text (the reference for tests). */
    PatternDetector(boolean prefilter) {
        this.prefilter = prefilter;
    }

    @Override
    public void detect(NormalizedText text, List<Span> out) {
        String s = text.text();
        if (!prefilter) {
            add(EMAIL, s, PiiType.EMAIL, out);
            add(EMAIL_SPOKEN, s, PiiType.EMAIL, out);
            urls(URL.matcher(s), s, out);
            add(HANDLE, s, PiiType.HANDLE, out);
            add(IPV4, s, PiiType.IP, out);
            ipv6(IPV6.matcher(s), out);
            add(PLATE, s, PiiType.PLATE, out);
            add(PASSPORT, s, PiiType.PASSPORT, out);
            add(WXID, s, PiiType.WECHAT, out);
            creditCodes(CREDIT_CODE.matcher(s), out);
            announced(ID_LIKE.matcher(s).results().toList(), PASSPORT_LIKE.matcher(s).results().toList(), s, out);
            return;
        }
        TextFacts facts = TextFacts.of(s);
        if (facts.at) {
            add(AnchoredMatches.of(EMAIL, s, PatternDetector::emailStart), PiiType.EMAIL, out);
        }
        if (s.contains("dot") || s.contains("DOT")) {
            add(AnchoredMatches.of(EMAIL_SPOKEN, s, PatternDetector::emailStart), PiiType.EMAIL, out);
        }
        if (mayHoldUrl(s)) {
            urls(AnchoredMatches.of(URL, s, (t, i) -> isAsciiAlnum(t.charAt(i)) || t.charAt(i) == '-'), s, out);
        }
        if (facts.atSign) {
            add(AnchoredMatches.of(HANDLE, s, (t, i) -> t.charAt(i) == '@'), PiiType.HANDLE, out);
        }
        if (facts.dottedDigits) {
            add(AnchoredMatches.of(IPV4, s, (t, i) -> isDigit(t.charAt(i)) && (i == 0 || !isDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '.')),
                    PiiType.IP, out);
        }
        if (facts.colonPair) {
            ipv6(AnchoredMatches.of(IPV6, s, (t, i) -> isHex(t.charAt(i)) || t.charAt(i) == ':'), out);
        }
        if (facts.digit) {
            add(AnchoredMatches.of(PLATE, s, (t, i) -> PLATE_OPENERS.indexOf(t.charAt(i)) >= 0), PiiType.PLATE, out);
            add(AnchoredMatches.of(PASSPORT, s, (t, i) -> t.charAt(i) == 'E' || t.charAt(i) == 'G'), PiiType.PASSPORT, out);
        }
        if (facts.underscore) {
            add(AnchoredMatches.of(WXID, s, (t, i) -> t.charAt(i) == 'w' || t.charAt(i) == 'W'), PiiType.WECHAT, out);
        }
        creditCodes(AnchoredMatches.of(CREDIT_CODE, s, PatternDetector::eighteenCharRun), out);
        announced(AnchoredMatches.of(ID_LIKE, s, PatternDetector::idStart),
                facts.digit ? AnchoredMatches.of(PASSPORT_LIKE, s, PatternDetector::passportLikeStart) : List.of(), s, out);
    }

    /** What a text holds that some expressions cannot match without; one pass over it. */
    private record TextFacts(boolean at, boolean atSign, boolean digit, boolean underscore, boolean dottedDigits,
            boolean colonPair) {
        static TextFacts of(String s) {
            boolean atSign = false;
            boolean hash = false;
            boolean bracketA = false;
            boolean digit = false;
            boolean underscore = false;
            boolean dottedDigits = false;
            boolean colonPair = false;
            int lastColon = -10;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '@' -> atSign = true;
                    case '#' -> hash = true;
                    case '_' -> underscore = true;
                    case '[', '(' -> bracketA |= i + 1 < n && (s.charAt(i + 1) == 'a' || s.charAt(i + 1) == 'A');
                    case '.' -> dottedDigits |= i > 0 && i + 1 < n && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
                    case ':' -> {
                        // IPv6 needs two colons with at most four hex digits between them.
                        colonPair |= i - lastColon <= 5 && allHex(s, lastColon + 1, i);
                        lastColon = i;
                    }
                    default -> digit |= isDigit(c);
                }
            }
            boolean at = atSign || hash || bracketA || s.contains("艾特");
            return new TextFacts(at, atSign, digit, underscore, dottedDigits, colonPair);
        }

        private static boolean allHex(String s, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!isHex(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** "https://", "www." or a dot before a listed top-level domain: what every URL match holds. */
    private static boolean mayHoldUrl(String s) {
        if (s.contains("://")) {
            return true;
        }
        int n = s.length();
        for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (dot >= 3 && s.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
            for (String tld : URL_TOP_LEVEL) {
                int end = dot + 1 + tld.length();
                if (end <= n && s.regionMatches(true, dot + 1, tld, 0, tld.length())
                        && (end == n || !(isAsciiAlnum(s.charAt(end)) || s.charAt(end) == '-'))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean emailStart(String s, int i) {
        return isAsciiAlnum(s.charAt(i)) && (i == 0 || !isEmailLocalChar(s.charAt(i - 1)));
    }

    private static boolean isEmailLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** A credit code is a whole run of 18 ASCII letters and digits. */
    private static boolean eighteenCharRun(String s, int i) {
        if (i > 0 && isAsciiAlnum(s.charAt(i - 1))) {
            return false;
        }
        int end = i;
        while (end < s.length() && end - i <= 18 && isAsciiAlnum(s.charAt(end))) {
            end++;
        }
        return end - i == 18;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlnum(char c) {
        return ContextWords.isAsciiAlnum(c);
    }

    private static void add(Pattern p, String s, PiiType type, List<Span> out) {
        add(p.matcher(s).results().toList(), type, out);
    }

    private static void add(List<MatchResult> matches, PiiType type, List<Span> out) {
        for (MatchResult m : matches) {
            out.add(new Span(type, m.start(), m.end()));
        }
    }

    private static void urls(Matcher m, String s, List<Span> out) {
        urls(m.results().toList(), s, out);
    }

    private static void urls(List<MatchResult> matches, String s, List<Span> out) {
        for (MatchResult m : matches) {
            int end = m.end();
            // Sentence punctuation after a link is not part of it.
            while (end > m.start() && ".,;:!?)]'\"".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            out.add(new Span(PiiType.URL, m.start(), end));
        }
    }

    private static void ipv6(Matcher m, List<Span> out) {
        ipv6(m.results().toList(), out);
    }

    /** Times ("14:30:25") have colons too: an address needs "::" or all eight groups, and three groups. */
    private static void ipv6(List<MatchResult> matches, List<Span> out) {
        for (MatchResult m : matches) {
            String c = m.group();
            int colons = (int) c.chars().filter(ch -> ch == ':').count();
            int doubles = c.split("::", -1).length - 1;
            long groups = java.util.Arrays.stream(c.split(":")).filter(g -> !g.isEmpty()).count();
            boolean hexLetterOrLong = c.chars().anyMatch(ch -> Character.isLetter(ch)) || c.contains("::");
            if (groups >= 3 && hexLetterOrLong && (doubles == 1 || (doubles == 0 && colons == 7))
                    && !c.contains(":::")) {
                out.add(new Span(PiiType.IP, m.start(), m.end()));
            }
        }
    }

    private static void creditCodes(Matcher m, List<Span> out) {
        creditCodes(m.results().toList(), out);
    }

    private static void creditCodes(List<MatchResult> matches, List<Span> out) {
        for (MatchResult m : matches) {
            if (Checksums.isCreditCode(m.group())) {
                out.add(new Span(PiiType.CREDIT_CODE, m.start(), m.end()));
            }
        }
    }

    /** Ids whose shape alone says nothing ("lihua_1990"): only after a WeChat or passport context word. */
    private static void announced(List<MatchResult> ids, List<MatchResult> passportLike, String s, List<Span> out) {
        for (MatchResult m : ids) {
            PiiType context = ContextWords.before(s, m.start());
            if (context == PiiType.WECHAT && plausibleWechatId(s, m)) {
                out.add(new Span(PiiType.WECHAT, m.start(), m.end()));
            }
        }
        for (MatchResult p : passportLike) {
            if (ContextWords.before(s, p.start()) == PiiType.PASSPORT) {
                out.add(new Span(PiiType.PASSPORT, p.start(), p.end()));
            }
        }
    }

    /** An id is a whole run of 6 to 20 ASCII letters, digits, '_' and '-' that starts with a letter. */
    private static boolean idStart(String s, int i) {
        if (!ContextWords.isAsciiLetter(s.charAt(i)) || (i > 0 && isIdChar(s.charAt(i - 1)))) {
            return false;
        }
        int end = i;
        while (end < s.length() && end - i <= 20 && isIdChar(s.charAt(end))) {
            end++;
        }
        return end - i >= 6 && end - i <= 20;
    }

    private static boolean isIdChar(char c) {
        return isAsciiAlnum(c) || c == '_' || c == '-';
    }

    private static boolean passportLikeStart(String s, int i) {
        char c = s.charAt(i);
        return c >= 'A' && c <= 'Z' && (i == 0 || !isAsciiAlnum(s.charAt(i - 1)));
    }

    /**
     * "加我" is also plain speech ("加我 please") and "wechat account" is English: an id of letters only
     * counts after a colon or a Chinese context word; digits, _ or - mark an id anywhere.
     */
    private static boolean plausibleWechatId(String s, MatchResult m) {
        String id = m.group();
        if (id.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '-')) {
            return true;
        }
        String before = s.substring(Math.max(0, m.start() - 8), m.start()).replaceAll("[\\s是为]+$", "");
        if (before.endsWith(":")) {
            return true;
        }
        return !before.endsWith("加我") && !before.isEmpty() && HanForms.isHan(before.charAt(before.length() - 1));
    }
}
