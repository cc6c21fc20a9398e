package org.sealedintake.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} returns, found by trying the expression only at the positions
 * where a match can start. {@code find()} tries every position of the text, and for most of the
 * detectors' expressions that costs more than the matching (a 5,000-character text, a dozen
 * expressions); a plain check of the character at a position is far cheaper.
 */
final class AnchoredMatches {
    /** Whether a match may start at {@code i}: a necessary condition, the expression decides. */
    @FunctionalInterface
    interface StartAt {
        boolean test(String s, int i);
    }

    private AnchoredMatches() {
    }

    /**
     * The expression anchored at each position where {@code canStart} holds ({@code lookingAt}, with
     * look-behind and look-ahead seeing the text around), and after a match from its end on, as
     * {@code find()} does; the same matches as {@code find()} when {@code canStart} holds wherever a
     * match can start. None of the detectors' expressions matches the empty string.
     */
    static List<MatchResult> of(Pattern p, String s, StartAt canStart) {
        List<MatchResult> found = null;
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!canStart.test(s, i)) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(m.toMatchResult());
                i = Math.max(i, m.end() - 1);
            }
        }
        return found == null ? List.of() : found;
    }

    /**
     * As {@link #of(Pattern, String, StartAt)}, trying only the positions listed in {@code candidates}
     * (increasing): the same matches when every position where {@code canStart} holds is listed. The
     * detectors list the ASCII chars of a text ({@link NormalizedText#asciiPositions}), which in a
     * Chinese report are a few of its chars, for the expressions whose matches start with one.
     */
    static List<MatchResult> of(Pattern p, String s, int[] candidates, StartAt canStart) {
        List<MatchResult> found = null;
        Matcher m = null;
        int n = s.length();
        int next = 0;
        for (int i : candidates) {
            if (i < next || !canStart.test(s, i)) {
                continue;
            }
            if (m == null) {
                m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, n);
            if (m.lookingAt()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(m.toMatchResult());
                next = Math.max(i + 1, m.end());
            }
        }
        return found == null ? List.of() : found;
    }
}
