package org.sealedintake.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST ONLY: AnchoredMatches as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>The matches {@link Matcher#find()} returns, found by trying the expression only at the positions
 * where a match can start. {@code find()} tries every position of the text, and for most of the
 * detectors' expressions that costs more than the matching (a 5,000-character text, a dozen
 * expressions); a plain check of the character at a position is far cheaper.
 */
final class LegacyAnchoredMatches {
    /** Whether a match may start at {@code i}: a necessary condition, the expression decides. */
    @FunctionalInterface
    interface StartAt {
        boolean test(String s, int i);
    }

    private LegacyAnchoredMatches() {
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
}
