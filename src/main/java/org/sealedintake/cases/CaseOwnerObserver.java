package org.sealedintake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sealedintake.cases.evidence.EvidenceCaptured;

/** The platform named a target's owner (fired after the capture committed): record it on the case. */
@ApplicationScoped
class CaseOwnerObserver {
    private final CaseIntake intake;

    CaseOwnerObserver(CaseIntake intake) {
        this.intake = intake;
    }

    void onCaptured(@Observes EvidenceCaptured captured) {
        intake.ownerNamed(captured);
    }
}
