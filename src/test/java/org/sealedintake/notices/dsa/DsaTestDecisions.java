package org.sealedintake.notices.dsa;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sealedintake.cases.AutomationLevel;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.cases.DecisionGround;

/** Decisions for the export tests: ordinary texts with no personal data. */
final class DsaTestDecisions {
    static final LocalDate APPLIED = LocalDate.of(2026, 11, 26);

    private DsaTestDecisions() {
    }

    static DecisionFacts decision(DecisionAction action) {
        return new DecisionFacts(UUID.fromString("0b9a1c52-3f0e-4c55-9d7c-1a2b3c4d5e6f"), action,
                DecisionGround.INCOMPATIBLE_CONTENT, "Community Guidelines section 4.2 (harassment)",
                "The video insults a named classmate repeatedly and invites viewers to join in.",
                "Targeted harassment of a private individual is not allowed under section 4.2.",
                "STATEMENT_CATEGORY_CYBER_VIOLENCE", null, List.of("DE", "FR"), false,
                AutomationLevel.NOT_AUTOMATED, false, ContentKind.VIDEO, LocalDate.of(2026, 11, 20), APPLIED,
                DecisionSource.NOTICE);
    }

    static DecisionFacts with(DecisionFacts d, Integer durationDays) {
        return new DecisionFacts(d.decisionId(), d.action(), d.ground(), d.legalGround(), d.facts(), d.explanation(),
                d.statementCategory(), durationDays, d.territorialScope(), d.automatedDetection(), d.automation(),
                d.blockReRegistration(), d.contentKind(), d.contentDate(), d.applicationDate(), d.source());
    }

    static DecisionFacts withScope(DecisionFacts d, List<String> scope) {
        return new DecisionFacts(d.decisionId(), d.action(), d.ground(), d.legalGround(), d.facts(), d.explanation(),
                d.statementCategory(), d.durationDays(), scope, d.automatedDetection(), d.automation(),
                d.blockReRegistration(), d.contentKind(), d.contentDate(), d.applicationDate(), d.source());
    }

    static DecisionFacts withTexts(DecisionFacts d, String legalGround, String facts, String explanation) {
        return new DecisionFacts(d.decisionId(), d.action(), d.ground(), legalGround, facts, explanation,
                d.statementCategory(), d.durationDays(), d.territorialScope(), d.automatedDetection(), d.automation(),
                d.blockReRegistration(), d.contentKind(), d.contentDate(), d.applicationDate(), d.source());
    }

    static DecisionFacts withSource(DecisionFacts d, DecisionSource source, DecisionGround ground,
            AutomationLevel automation, boolean automatedDetection, boolean blockReRegistration, ContentKind kind) {
        return new DecisionFacts(d.decisionId(), d.action(), ground, d.legalGround(), d.facts(), d.explanation(),
                d.statementCategory(), d.durationDays(), d.territorialScope(), automatedDetection, automation,
                blockReRegistration, kind, d.contentDate(), d.applicationDate(), source);
    }
}
