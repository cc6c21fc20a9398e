package org.sealedintake.redaction;

import java.util.List;

/**
 * Tokens shaped like handles or account numbers with no context word around them, for the leak
 * guard only (report text keeps them: moderators need order numbers): letters mixed with three or
 * more digits ("lili1999", "wx_abc123"), words joined by underscores ("zhang_wei"), and runs of 7 to
 * 13 digits (QQ numbers, phones without a valid plan) unless they follow ':', '#', '/' or '=' as
 * content references do ("video:1234567").
 */
final class HandleShapeDetector implements Detector {
    private static final int MIN_TOKEN = 6;

    @Override
    public void detect(NormalizedText text, List<Span> out) {
        String s = text.text();
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
            if (length >= MIN_TOKEN && letters >= 2 && (digits >= 3 || underscores > 0)) {
                out.add(new Span(PiiType.HANDLE_SHAPE, i, j));
            } else if (letters == 0 && underscores == 0 && digits >= 7 && digits <= 13 && !reference) {
                out.add(new Span(PiiType.HANDLE_SHAPE, i, j));
            }
            i = j;
        }
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
