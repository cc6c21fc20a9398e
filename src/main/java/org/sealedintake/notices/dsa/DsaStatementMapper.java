package org.sealedintake.notices.dsa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sealedintake.cases.AutomationLevel;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.cases.DecisionGround;

/**
 * Turns a decision into the statement's fields. docs/dsa-export.md has the table per action; a
 * decision that cannot be stated truthfully (a removal or termination with an end date) is refused
 * here, everything else is left to {@link DsaStatementValidator}.
 */
final class DsaStatementMapper {
    static final String PUID_PREFIX = "decision-";
    private static final int MAX_DAYS = 100 * 366;

    private final Set<String> eea;

    DsaStatementMapper(DsaEnums enums) {
        this.eea = enums.of("territorial_scope");
    }

    /** Why {@code action} has no statement, or empty when it has one. */
    static Optional<DsaExport.Reason> notExported(DecisionAction action) {
        return switch (action) {
            case WARN -> Optional.of(DsaExport.Reason.WARNING_WITHOUT_RESTRICTION);
            case REFER_TO_LAW_ENFORCEMENT -> Optional.of(DsaExport.Reason.REFERRAL_TO_LAW_ENFORCEMENT);
            case NO_ACTION -> Optional.of(DsaExport.Reason.NO_ACTION);
            default -> Optional.empty();
        };
    }

    static String puid(DecisionFacts d) {
        return PUID_PREFIX + d.decisionId();
    }

    /**
     * The EEA countries the restriction applies in: all of them when it applies everywhere
     * (empty scope), otherwise the EEA codes of the scope. Greece is {@code GR} in the API; the
     * EU's own {@code EL} is accepted and sent as {@code GR}. Codes outside the EEA are not sent:
     * the database is about the Union, and the notice to the creator states the whole scope.
     */
    List<String> eeaScope(DecisionFacts d) {
        if (d.territorialScope().isEmpty()) {
            return List.copyOf(eea);
        }
        List<String> out = new ArrayList<>();
        for (String code : d.territorialScope()) {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            c = "EL".equals(c) ? "GR" : c;
            if (eea.contains(c) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    DsaStatement map(DecisionFacts d, List<String> scope) {
        List<Violation> refused = new ArrayList<>();
        LocalDate end = null;
        if (d.durationDays() != null && d.durationDays() < 1) {
            refused.add(new Violation("durationDays", "must be at least 1 day, or null for indefinite"));
        } else if (d.durationDays() != null && d.applicationDate() != null) {
            // Capped so that an absurd duration becomes a date the validator refuses, not an overflow.
            end = d.applicationDate().plusDays(Math.min(d.durationDays(), MAX_DAYS));
        }
        List<String> visibility = null;
        String account = null;
        String provision = null;
        String endVisibility = null;
        String endAccount = null;
        switch (d.action()) {
            case REMOVE_CONTENT -> {
                visibility = List.of("DECISION_VISIBILITY_CONTENT_REMOVED");
                if (end != null) {
                    refused.add(new Violation("end_date_visibility_restriction", "a removal has no end date"));
                }
            }
            case DISABLE_ACCESS -> visibility = List.of("DECISION_VISIBILITY_CONTENT_DISABLED");
            case RESTRICT_VISIBILITY -> visibility = List.of("DECISION_VISIBILITY_CONTENT_DEMOTED");
            case LABEL -> visibility = List.of("DECISION_VISIBILITY_CONTENT_LABELLED");
            case RESTRICT_INTERACTION -> visibility = List.of("DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED");
            case SUSPEND_ACCOUNT -> account = "DECISION_ACCOUNT_SUSPENDED";
            case TERMINATE_ACCOUNT -> {
                account = "DECISION_ACCOUNT_TERMINATED";
                // Blocking re-registration ends the service for the person, not only this account.
                provision = d.blockReRegistration() ? "DECISION_PROVISION_TOTAL_TERMINATION" : null;
                if (end != null) {
                    refused.add(new Violation("end_date_account_restriction", "a termination has no end date"));
                }
            }
            default -> throw new IllegalArgumentException(d.action() + " has no statement of reasons");
        }
        if (visibility != null && d.action() != DecisionAction.REMOVE_CONTENT && end != null) {
            endVisibility = end.toString();
        }
        if (d.action() == DecisionAction.SUSPEND_ACCOUNT && end != null) {
            endAccount = end.toString();
        }
        if (!refused.isEmpty()) {
            throw new StatementRefusedException(refused);
        }
        boolean illegal = d.ground() == DecisionGround.ILLEGAL_CONTENT;
        boolean incompatible = d.ground() == DecisionGround.INCOMPATIBLE_CONTENT;
        String[] contentType = contentType(d.contentKind());
        return new DsaStatement(
                visibility, null, null, null, provision, account, null,
                ground(d.ground()),
                illegal ? d.legalGround() : null,
                illegal ? d.explanation() : null,
                incompatible ? d.legalGround() : null,
                incompatible ? d.explanation() : null,
                null,
                d.statementCategory(), null, null, null,
                contentType == null ? null : List.of(contentType[0]),
                contentType == null ? null : contentType[1],
                null,
                date(d.contentDate()), date(d.applicationDate()),
                endVisibility, null, null, endAccount,
                scope,
                d.facts(),
                sourceType(d.source()),
                d.automatedDetection() ? "Yes" : "No",
                automatedDecision(d.automation()),
                puid(d));
    }

    private static String ground(DecisionGround g) {
        return g == null ? null : switch (g) {
            case ILLEGAL_CONTENT -> "DECISION_GROUND_ILLEGAL_CONTENT";
            case INCOMPATIBLE_CONTENT -> "DECISION_GROUND_INCOMPATIBLE_CONTENT";
        };
    }

    /** The API's content type and, for {@code CONTENT_TYPE_OTHER}, its fixed description. */
    private static String[] contentType(ContentKind k) {
        if (k == null) {
            return null;
        }
        return switch (k) {
            case TEXT -> new String[] {"CONTENT_TYPE_TEXT", null};
            case IMAGE -> new String[] {"CONTENT_TYPE_IMAGE", null};
            case VIDEO, LIVE_STREAM -> new String[] {"CONTENT_TYPE_VIDEO", null};
            case AUDIO -> new String[] {"CONTENT_TYPE_AUDIO", null};
            case SYNTHETIC_MEDIA -> new String[] {"CONTENT_TYPE_SYNTHETIC_MEDIA", null};
            case PRODUCT -> new String[] {"CONTENT_TYPE_PRODUCT", null};
            case APP -> new String[] {"CONTENT_TYPE_APP", null};
            case ACCOUNT -> new String[] {"CONTENT_TYPE_OTHER", "Account profile"};
            case OTHER -> new String[] {"CONTENT_TYPE_OTHER", "Other content"};
        };
    }

    /**
     * Decision D16: a trusted flagger's notice is an Art. 16 notice too, and is published as one.
     * {@code SOURCE_TRUSTED_FLAGGER} would tell the public, and the creator who finds the entry,
     * that one of a handful of named organisations reported.
     */
    static String sourceType(DecisionSource s) {
        return s == null ? null : switch (s) {
            case NOTICE, TRUSTED_FLAGGER_NOTICE -> "SOURCE_ARTICLE_16";
            case OWN_INITIATIVE -> "SOURCE_VOLUNTARY";
            case OTHER_NOTIFICATION -> "SOURCE_TYPE_OTHER_NOTIFICATION";
        };
    }

    private static String automatedDecision(AutomationLevel a) {
        return a == null ? null : switch (a) {
            case FULLY -> "AUTOMATED_DECISION_FULLY";
            case PARTIALLY -> "AUTOMATED_DECISION_PARTIALLY";
            case NOT_AUTOMATED -> "AUTOMATED_DECISION_NOT_AUTOMATED";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
