package org.sealedintake.notices.dsa;

/**
 * Decides whether a free-text field of a statement carries personal data. The export refuses such
 * a statement before it leaves: the Transparency Database is public, and a rejected submission is
 * logged whole on the receiving side. The default bean runs the redaction detectors
 * ({@link RedactorFreeTextCheck}); the leak guard (redaction.LeakGuard) replaces it with a bean of
 * its own that also compares with the case's reporter fingerprints.
 */
@FunctionalInterface
public interface FreeTextCheck {
    /** True when {@code text} holds a name, contact detail, identifier or any other personal datum. */
    boolean carriesPersonalData(String text);
}
