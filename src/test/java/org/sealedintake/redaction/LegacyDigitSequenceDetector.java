package org.sealedintake.redaction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import org.sealedintake.redaction.Detector.Span;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST ONLY: DigitSequenceDetector as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>Phone, resident ID, bank card and context-announced QQ/WeChat numbers. A run is digit groups
 * joined by spaces, dashes, dots, slashes or brackets ("138 0013-8000"); every window of whole
 * groups is read without its separators and validated, so "2023-11-05 13800138000" yields the
 * phone but not a 19-digit card, and an order number never yields a phone from its middle.
 */
final class LegacyDigitSequenceDetector implements LegacyDetector {
    private static final Pattern RUN = Pattern.compile(
            "[+(]{0,2}\\d++(?:[ \\-./·()_\\u00A0]{1,3}+\\d++){0,40}+(?:[Xx](?![A-Za-z0-9]))?");
    // At most 41 groups per run: a repeated group recurses in java.util.regex, and no number needs more.
    private static final Pattern GROUP = Pattern.compile("\\d+[Xx]?");
    private static final int MAX_DIGITS = 20;
    /** Latin words that may stick to a number ("QQ123456", "tel13800138000"); others (SF123..., BV1...) make it a code. */
    private static final Set<String> STICKY_WORDS = Set.of("qq", "vx", "wx", "v", "q", "tel", "phone", "mobile", "no",
            "id", "wechat", "weixin", "card", "call", "fax");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final boolean anchored;

    LegacyDigitSequenceDetector() {
        this(true);
    }

    /**
     * With {@code anchored}, a run is tried only where one can start, at '+', '(' or a digit
     * ({@link LegacyAnchoredMatches}); without, over the whole text (the reference for tests).
     */
    LegacyDigitSequenceDetector(boolean anchored) {
        this.anchored = anchored;
    }

    @Override
    public void detect(LegacyNormalizedText text, List<Span> out) {
        String s = text.text();
        List<MatchResult> runs = anchored ? LegacyAnchoredMatches.of(RUN, s, LegacyDigitSequenceDetector::runStart)
                : RUN.matcher(s).results().toList();
        for (MatchResult run : runs) {
            if (run.end() < s.length() && LegacyContextWords.isAsciiAlnum(s.charAt(run.end()))) {
                continue;
            }
            // Glued to a word only when a letter touches the digits ("SF1234..."); an opening bracket or a plus
            // between them separates ("Lee(42788920020314106X)" is an ID number after a name).
            if (run.start() > 0 && Character.isDigit(s.charAt(run.start())) && LegacyContextWords.isAsciiAlnum(s.charAt(run.start() - 1))
                    && !stickyWordBefore(s, run.start())) {
                continue;
            }
            readRun(s, run.start(), run.end(), out);
        }
    }

    private static boolean runStart(String s, int i) {
        char c = s.charAt(i);
        return (c >= '0' && c <= '9') || c == '+' || c == '(';
    }

    private void readRun(String s, int runStart, int runEnd, List<Span> out) {
        List<int[]> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(s).region(runStart, runEnd);
        while (g.find()) {
            groups.add(new int[] {g.start(), g.end()});
        }
        int i = 0;
        while (i < groups.size()) {
            int matchedTo = -1;
            int start = i == 0 ? runStart : groups.get(i)[0];
            PiiType context = LegacyContextWords.before(s, start);
            // Only windows of at most MAX_DIGITS digits: a run of thousands of spaced digits stays linear.
            int last = i;
            int count = groups.get(i)[1] - groups.get(i)[0];
            while (last + 1 < groups.size() && count + groups.get(last + 1)[1] - groups.get(last + 1)[0] <= MAX_DIGITS) {
                last++;
                count += groups.get(last)[1] - groups.get(last)[0];
            }
            for (int j = last; j >= i && matchedTo < 0; j--) {
                int end = groups.get(j)[1];
                String digits = compact(s, groups, i, j);
                if (digits.length() > MAX_DIGITS) {
                    continue;
                }
                boolean plus = s.substring(start, groups.get(i)[0]).indexOf('+') >= 0;
                PiiType type = classify(digits, plus, context);
                if (type != null) {
                    out.add(new Span(type, start, closeBracket(s, start, end)));
                    matchedTo = j;
                }
            }
            i = matchedTo >= 0 ? matchedTo + 1 : i + 1;
        }
    }

    private static String compact(String s, List<int[]> groups, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            b.append(s, groups.get(k)[0], groups.get(k)[1]);
        }
        return b.toString();
    }

    /** "(021" opened a bracket the span should not leave dangling. */
    private static int closeBracket(String s, int start, int end) {
        if (s.charAt(start) == '(' && end < s.length() && s.charAt(end) == ')') {
            return end + 1;
        }
        return end;
    }

    static PiiType classify(String digits, boolean plus, PiiType context) {
        if (digits.length() < 5 || (context == null && !plus && digits.length() < 10)) {
            return null; // shorter than anything that is valid without a context word
        }
        boolean hasX = !Checksums.allDigits(digits);
        if (Checksums.isResidentId(digits)) {
            return PiiType.ID_NUMBER;
        }
        if (hasX) {
            return null;
        }
        if (context == PiiType.QQ && digits.length() >= 5 && digits.length() <= 11 && digits.charAt(0) != '0') {
            return PiiType.QQ;
        }
        if (context == PiiType.WECHAT && digits.length() >= 6 && digits.length() <= 20) {
            // A WeChat id is often the phone number itself: what announces it decides the label.
            return PiiType.WECHAT;
        }
        if (isPhone(digits, plus)) {
            return PiiType.PHONE;
        }
        if (Checksums.isBankCard(digits)) {
            return PiiType.BANK_CARD;
        }
        return null;
    }

    /**
     * International numbers need their + or 00; mainland numbers need the mobile plan (1[3-9]...,
     * 11 digits) or a trunk 0 with an area code, so 8-digit dates and counts are not phones.
     */
    static boolean isPhone(String digits, boolean plus) {
        if (plus) {
            return valid("+" + digits, "ZZ");
        }
        if (digits.startsWith("00") && digits.length() > 8) {
            return valid("+" + digits.substring(2), "ZZ");
        }
        if (digits.startsWith("86") && digits.length() == 13) {
            return valid("+" + digits, "ZZ");
        }
        if ((digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3')
                || (digits.charAt(0) == '0' && digits.length() >= 10 && digits.length() <= 12)) {
            return valid(digits, "CN");
        }
        return false;
    }

    private static boolean valid(String number, String region) {
        try {
            return PHONES.isValidNumber(PHONES.parse(number, region));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean stickyWordBefore(String s, int pos) {
        int k = pos;
        while (k > 0 && LegacyContextWords.isAsciiLetter(s.charAt(k - 1))) {
            k--;
        }
        if (k > 0 && Character.isDigit(s.charAt(k - 1))) {
            return false;
        }
        return STICKY_WORDS.contains(s.substring(k, pos).toLowerCase(java.util.Locale.ROOT));
    }
}
