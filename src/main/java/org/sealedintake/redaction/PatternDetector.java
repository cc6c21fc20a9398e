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
    private static final Pattern PLATE = Pattern.compile("[" + PatternPrefilter.PLATE_OPENERS + "]"
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
        // Every expression but the plate's starts with an ASCII char: tried only at those.
        int[] ascii = text.asciiPositions();
        PatternPrefilter.TextFacts facts = PatternPrefilter.TextFacts.of(s, ascii);
        if (facts.at()) {
            add(AnchoredMatches.of(EMAIL, s, ascii, PatternPrefilter::emailStart), PiiType.EMAIL, out);
        }
        if (s.contains("dot") || s.contains("DOT")) {
            add(AnchoredMatches.of(EMAIL_SPOKEN, s, ascii, PatternPrefilter::emailStart), PiiType.EMAIL, out);
        }
        if (PatternPrefilter.mayHoldUrl(s)) {
            urls(AnchoredMatches.of(URL, s, ascii, PatternPrefilter::urlStart), s, out);
        }
        if (facts.atSign()) {
            add(AnchoredMatches.of(HANDLE, s, ascii, (t, i) -> t.charAt(i) == '@'), PiiType.HANDLE, out);
        }
        if (facts.dottedDigits()) {
            add(AnchoredMatches.of(IPV4, s, ascii, PatternPrefilter::ipv4Start),
                    PiiType.IP, out);
        }
        if (facts.colonPair()) {
            ipv6(AnchoredMatches.of(IPV6, s, ascii, PatternPrefilter::ipv6Start), out);
        }
        if (facts.digit()) {
            add(AnchoredMatches.of(PLATE, s, PatternPrefilter.plateCandidates(ascii), PatternPrefilter::plateStart),
                    PiiType.PLATE, out);
            add(AnchoredMatches.of(PASSPORT, s, ascii, PatternPrefilter::passportStart), PiiType.PASSPORT, out);
        }
        if (facts.underscore()) {
            add(AnchoredMatches.of(WXID, s, ascii, PatternPrefilter::wxidStart), PiiType.WECHAT, out);
        }
        creditCodes(AnchoredMatches.of(CREDIT_CODE, s, ascii, PatternPrefilter::eighteenCharRun), out);
        announced(AnchoredMatches.of(ID_LIKE, s, ascii, PatternPrefilter::idStart),
                facts.digit() ? AnchoredMatches.of(PASSPORT_LIKE, s, ascii, PatternPrefilter::passportLikeStart) : List.of(),
                s, out);
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
