package org.sealedintake.intake;

import java.util.UUID;

/**
 * Fired synchronously inside the intake transaction once a report is written: cases join it to its
 * case there, so the report and its case membership commit together. The tagger is the only thing
 * derived from the reporter, and it yields a value bound to the case it is asked for.
 */
public record ReportFiled(UUID reportId, String targetContentRef, Category category, boolean involvesMinor,
        boolean trustedFlagger, ReporterTagger tagger) {

    /** A keyed tag of the reporter's account within one scope (a case id); computed while the token is in memory. */
    @FunctionalInterface
    public interface ReporterTagger {
        byte[] tagFor(UUID scope);
    }

    @Override
    public String toString() {
        return "ReportFiled[" + reportId + "]";
    }
}
