package org.sealedintake.redaction;

/**
 * TEST ONLY: PatternPrefilter as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>What {@link LegacyPatternDetector}'s expressions cannot match without, checked by hand: what a text must
 * hold for an expression to be tried at all ({@link TextFacts}, {@link #mayHoldUrl}), and the
 * characters a match can start with (the {@code ...Start} predicates, for {@link LegacyAnchoredMatches}).
 * Each is a necessary condition read off its expression; the expression still decides.
 */
final class LegacyPatternPrefilter {
    /** Provinces (and 使/领) that open a licence plate; {@code LegacyPatternDetector.PLATE} is built on them. */
    static final String PLATE_OPENERS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";
    private static final String[] URL_TOP_LEVEL = { "com", "cn", "net", "org", "io", "me", "cc", "top", "xyz", "info", "tv",
        "app", "link", "ly", "hk", "tw" };

    private LegacyPatternPrefilter() {
    }

    /** What a text holds that some expressions cannot match without; one pass over it. */
    record TextFacts(boolean at, boolean atSign, boolean digit, boolean underscore, boolean dottedDigits,
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
    static boolean mayHoldUrl(String s) {
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

    static boolean emailStart(String s, int i) {
        return isAsciiAlnum(s.charAt(i)) && (i == 0 || !isEmailLocalChar(s.charAt(i - 1)));
    }

    private static boolean isEmailLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** A credit code is a whole run of 18 ASCII letters and digits. */
    static boolean eighteenCharRun(String s, int i) {
        if (i > 0 && isAsciiAlnum(s.charAt(i - 1))) {
            return false;
        }
        int end = i;
        while (end < s.length() && end - i <= 18 && isAsciiAlnum(s.charAt(end))) {
            end++;
        }
        return end - i == 18;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlnum(char c) {
        return LegacyContextWords.isAsciiAlnum(c);
    }

    /** An id is a whole run of 6 to 20 ASCII letters, digits, '_' and '-' that starts with a letter. */
    static boolean idStart(String s, int i) {
        if (!LegacyContextWords.isAsciiLetter(s.charAt(i)) || (i > 0 && isIdChar(s.charAt(i - 1)))) {
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

    static boolean passportLikeStart(String s, int i) {
        char c = s.charAt(i);
        return c >= 'A' && c <= 'Z' && (i == 0 || !isAsciiAlnum(s.charAt(i - 1)));
    }

    static boolean urlStart(String s, int i) {
        return isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-';
    }

    static boolean ipv4Start(String s, int i) {
        return isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.');
    }

    static boolean ipv6Start(String s, int i) {
        return isHex(s.charAt(i)) || s.charAt(i) == ':';
    }

    static boolean plateStart(String s, int i) {
        return PLATE_OPENERS.indexOf(s.charAt(i)) >= 0;
    }

    static boolean passportStart(String s, int i) {
        return s.charAt(i) == 'E' || s.charAt(i) == 'G';
    }

    static boolean wxidStart(String s, int i) {
        return s.charAt(i) == 'w' || s.charAt(i) == 'W';
    }

}
