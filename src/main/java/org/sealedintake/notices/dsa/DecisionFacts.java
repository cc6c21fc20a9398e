package org.sealedintake.notices.dsa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.sealedintake.cases.AutomationLevel;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.cases.DecisionGround;

/**
 * What the DSA export needs to know about one decision: the decision request's fields plus the
 * decision's id, the content's kind and date, the day the decision was applied and what set it in
 * motion. Deliberately nothing about reports or reporters: no count, no time, no identity.
 *
 * @param decisionId          becomes the statement's {@code puid}
 * @param legalGround         the law or the terms' clause (at most 500 characters)
 * @param facts               facts and circumstances (at most 5,000)
 * @param explanation         why the content is illegal or incompatible (at most 2,000)
 * @param statementCategory   a {@code STATEMENT_CATEGORY_*} key
 * @param durationDays        days the restriction lasts from the application date; null = indefinite
 * @param territorialScope    ISO 3166-1 alpha-2 codes where the restriction applies; null or empty = everywhere
 * @param applicationDate     the day the restriction is applied (the release day, see notices/release)
 */
public record DecisionFacts(
        UUID decisionId,
        DecisionAction action,
        DecisionGround ground,
        String legalGround,
        String facts,
        String explanation,
        String statementCategory,
        Integer durationDays,
        List<String> territorialScope,
        boolean automatedDetection,
        AutomationLevel automation,
        boolean blockReRegistration,
        ContentKind contentKind,
        LocalDate contentDate,
        LocalDate applicationDate,
        DecisionSource source) {

    public DecisionFacts {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(action, "action");
        territorialScope = territorialScope == null ? List.of() : List.copyOf(territorialScope);
    }

    /** Never prints the texts: they may still be refused for carrying personal data. */
    @Override
    public String toString() {
        return "DecisionFacts[" + decisionId + ", " + action + "]";
    }
}
