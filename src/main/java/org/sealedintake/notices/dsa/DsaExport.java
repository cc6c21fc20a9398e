package org.sealedintake.notices.dsa;

import java.util.Optional;

/** What the export made of one decision: a statement to submit, or the reason there is none. */
public sealed interface DsaExport {

    /** The submission, when there is one. */
    default Optional<Submission> submission() {
        return this instanceof Submission s ? Optional.of(s) : Optional.empty();
    }

    /**
     * A validated statement. {@code json} is the request body for {@code POST /api/v1/statements}
     * ({@code {"statements":[...]}} with this one statement: the API accepts a batch all or nothing,
     * so one statement per request keeps one bad statement from holding back others);
     * {@code idempotencyKey} is stable per decision, for the outbox.
     */
    record Submission(String puid, String idempotencyKey, DsaStatement statement, String json) implements DsaExport {
        @Override
        public String toString() {
            return "Submission[" + puid + "]";
        }
    }

    /** No statement for this decision; docs/dsa-export.md says why for each reason. */
    record NotExported(Reason reason) implements DsaExport {
    }

    enum Reason {
        /** WARN: a warning restricts nothing, and the API has no field for it. */
        WARNING_WITHOUT_RESTRICTION,
        /** REFER_TO_LAW_ENFORCEMENT: a referral is not a restriction of the recipient's content or account. */
        REFERRAL_TO_LAW_ENFORCEMENT,
        /** NO_ACTION: nothing was restricted. */
        NO_ACTION,
        /** The restriction applies in no EEA country, so it is outside the DSA's territory. */
        OUTSIDE_EEA
    }
}
