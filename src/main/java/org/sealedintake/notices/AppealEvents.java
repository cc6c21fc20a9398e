package org.sealedintake.notices;

import java.util.UUID;

/** CDI events cases observe to move a case through its lifecycle (appealed, decided again). */
public final class AppealEvents {
    private AppealEvents() {
    }

    /** An appeal was filed against a decision of the case. */
    public record Filed(UUID caseId, UUID appealId, UUID decisionId) {
    }

    /** An appeal was decided; REVERSED asks the case for a new decision (and to lift a restriction). */
    public record Decided(UUID caseId, UUID appealId, UUID decisionId, String appellant, String outcome) {
    }
}
