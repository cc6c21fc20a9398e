package org.sealedintake.redaction;

import java.util.List;

/**
 * Tokens shaped like handles or account numbers with no context word around them, for the leak
 * guard only (report text keeps them: moderators need order numbers): three or more letters mixed
 * with two or more digits ("lili1999", "wx_abc123", "abcde12"), words joined by underscores
 * ("zhang_wei"), runs of 6 to 19 digits (QQ numbers, phones without a valid plan, ID and card numbers with a wrong check digit) unless they follow
 * ':', '#', '/' or '=' as content references do ("video:1234567"), digit groups after '+' with 7 or
 * more digits ("+86-145-1234-5678"), groups of 3-4-4 digits (a mobile number's shape), and five or
 * more single letters or digits in a row ("a b c 1 2 3", a spelled-out handle).
 */
final class HandleShapeDetector implements Detector {
    private static final int MIN_TOKEN = 6;

    @Override
    public void detect(NormalizedText text, List<Span> out) {
        String s = text.text();
        digitGroups(s, out);
        spelledOut(s, out);
        int n = s.length();
        for (int i = 0; i < n;) {
            if (!isTokenChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int letters = 0;
            int digits = 0;
            int underscores = 0;
            while (j < n && isTokenChar(s.charAt(j))) {
                char c = s.charAt(j);
                if (c == '_') {
                    underscores++;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                } else {
                    letters++;
                }
                j++;
            }
            int length = j - i;
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            boolean reference = before == ':' || before == '#' || before == '/' || before == '=';
            if (length >= MIN_TOKEN && ((letters >= 3 && digits >= 2) || (letters >= 2 && digits >= 3)
                    || (letters >= 2 && underscores > 0))) {
                out.add(new Span(PiiType.HANDLE_SHAPE, i, j));
            } else if (letters == 0 && underscores == 0 && digits >= 6 && digits <= 19 && !reference) {
                out.add(new Span(PiiType.HANDLE_SHAPE, i, j));
            }
            i = j;
        }
    }

    /** Digit groups joined by single separators: after '+', or shaped 3-4-4. */
    private static void digitGroups(String s, List<Span> out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!isDigit(s.charAt(i)) || (i > 0 && (isDigit(s.charAt(i - 1)) || NormalizedText.isSeparator(s.charAt(i - 1))
                    && i > 1 && isDigit(s.charAt(i - 2))))) {
                continue;
            }
            List<Integer> groups = new java.util.ArrayList<>();
            int j = i;
            while (j < n) {
                int g = j;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                groups.add(j - g);
                if (j + 1 < n && NormalizedText.isSeparator(s.charAt(j)) && isDigit(s.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            int total = groups.stream().mapToInt(Integer::intValue).sum();
            boolean plus = i > 0 && s.charAt(i - 1) == '+';
            boolean mobile = groups.size() >= 3 && groups.get(groups.size() - 1) == 4 && groups.get(groups.size() - 2) == 4
                    && groups.get(groups.size() - 3) == 3;
            if ((plus && total >= 7) || mobile) {
                out.add(new Span(PiiType.HANDLE_SHAPE, i, j));
            }
            i = j;
        }
    }

    /** Five or more single letters or digits, each alone between separators. */
    private static void spelledOut(String s, List<Span> out) {
        int n = s.length();
        int run = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            boolean single = isTokenChar(s.charAt(i)) && s.charAt(i) != '_' && (i == 0 || !isTokenChar(s.charAt(i - 1)))
                    && (i + 1 == n || !isTokenChar(s.charAt(i + 1)));
            if (single) {
                boolean joined = run > 0 && i >= 2 && i - 2 >= runStart && NormalizedText.isSeparator(s.charAt(i - 1));
                if (!joined) {
                    run = 0;
                    runStart = i;
                }
                run++;
                if (run >= 5) {
                    out.add(new Span(PiiType.HANDLE_SHAPE, runStart, i + 1));
                }
            } else if (!NormalizedText.isSeparator(s.charAt(i))) {
                run = 0;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
