package org.sealedintake.redaction.guard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;
import org.sealedintake.redaction.PersonalData;
import org.sealedintake.sealing.IdentityMatcher;
import org.sealedintake.sealing.SealedIdentityVault;

/**
 * The one exit for text addressed to a reviewed creator (verification requests, statement-of-reasons
 * facts and explanations, moderator messages, appeal outcomes) and for public texts (transparency
 * database entries). A text passes only if it carries no attribute of any reporter of the case, in
 * any spelling the fingerprint sets cover, and no personal data of anyone ({@link PersonalData}:
 * the redaction detectors, person names, handle-shaped tokens). Both checks always run, whatever the
 * first finds, so neither the verdict nor the time it takes tells a reporter's name from another.
 * See docs/leak-guard.md.
 */
@ApplicationScoped
public class LeakGuard {
    /**
     * Longer texts are refused unread: every creator-bound field is far shorter (callers validate their
     * own limits first), and the detectors' cost grows with length, so this bounds a hostile text's cost.
     */
    public static final int MAX_TEXT_CHARS = 20_000;

    private final SealedIdentityVault vault;
    private final PersonalData personalData = new PersonalData();

    /** What was found, for tests only; never leaves this package. */
    enum Finding {
        NOTHING,
        REPORTER_ATTRIBUTE,
        PERSONAL_DATA,
        BOTH
    }

    LeakGuard(SealedIdentityVault vault) {
        this.vault = vault;
    }

    /**
     * Checks a text addressed to the creator of a case, against the fingerprints of every report of
     * the case. Reads the vault (a few dozen rows); call inside or outside a transaction.
     */
    public GuardVerdict check(String text, Collection<UUID> caseReportIds) {
        return verdict(find(text, vault.matcherFor(caseReportIds)));
    }

    /** Checks a text that belongs to no case (a transparency database entry): no personal data at all. */
    public GuardVerdict checkNoPersonalData(String text) {
        return verdict(find(text, null));
    }

    /** {@link #check} that throws the 422 problem ({@link LeakGuardProblems}) when the text is refused. */
    public void requireClean(String text, Collection<UUID> caseReportIds) {
        check(text, caseReportIds).orThrow();
    }

    /**
     * Whether the guard's self-test passed at sealing for every report of a case; a case for which it
     * did not is flagged for moderators and nothing goes to its creator unreviewed.
     */
    public boolean selfTestsPassed(Collection<UUID> caseReportIds) {
        return vault.guardSelfTestsPassed(caseReportIds);
    }

    GuardVerdict check(String text, IdentityMatcher matcher) {
        return verdict(find(text, matcher));
    }

    Finding find(String text, IdentityMatcher matcher) {
        if (text == null || text.isEmpty()) {
            return Finding.NOTHING;
        }
        if (text.length() > MAX_TEXT_CHARS) {
            return Finding.PERSONAL_DATA;
        }
        // Both run every time: an early return would make a reporter's name answer faster.
        boolean reporter = matcher != null && matcher.matches(text);
        boolean personal = personalData.present(text);
        if (reporter && personal) {
            return Finding.BOTH;
        }
        return reporter ? Finding.REPORTER_ATTRIBUTE : personal ? Finding.PERSONAL_DATA : Finding.NOTHING;
    }

    private static GuardVerdict verdict(Finding f) {
        return f == Finding.NOTHING ? GuardVerdict.PASS : GuardVerdict.REFUSE;
    }
}
