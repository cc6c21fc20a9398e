package org.sealedintake.notices.dsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a statement as it will be sent (the JSON object, not the Java record) against every rule
 * of the Transparency Database's {@code StatementStoreRequest} (docs/dsa-export.md lists them),
 * plus ours: no field the API does not know, never {@code source_identity}, no free text that
 * carries personal data. Returns every violation, never a value.
 */
public final class DsaStatementValidator {
    /** The rule of a free-text field refused by the {@link FreeTextCheck}; says nothing of what was found. */
    public static final String PERSONAL_DATA = "carries personal data; rephrase without names, contact details or identifiers";

    /** Every field name of the API's statement, in the reference's order. */
    public static final List<String> FIELDS = List.of(
            "decision_visibility", "decision_visibility_other", "decision_monetary", "decision_monetary_other",
            "decision_provision", "decision_account", "account_type", "decision_ground",
            "illegal_content_legal_ground", "illegal_content_explanation", "incompatible_content_ground",
            "incompatible_content_explanation", "incompatible_content_illegal", "category", "category_addition",
            "category_specification", "category_specification_other", "content_type", "content_type_other",
            "content_language", "content_date", "application_date", "end_date_visibility_restriction",
            "end_date_monetary_restriction", "end_date_service_restriction", "end_date_account_restriction",
            "territorial_scope", "decision_facts", "source_type", "source_identity", "automated_detection",
            "automated_decision", "puid");

    /** The fields a person writes; each passes the free-text check. */
    public static final List<String> FREE_TEXT = List.of(
            "decision_visibility_other", "decision_monetary_other", "illegal_content_legal_ground",
            "illegal_content_explanation", "incompatible_content_ground", "incompatible_content_explanation",
            "category_specification_other", "content_type_other", "decision_facts", "source_identity");

    static final LocalDate CONTENT_DATE_MIN = LocalDate.of(2000, 1, 1);
    static final LocalDate APPLICATION_DATE_MIN = LocalDate.of(2020, 1, 1);
    static final LocalDate DATE_MAX = LocalDate.of(2038, 1, 1);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9_-]+$");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final List<String> END_DATES = List.of("end_date_visibility_restriction",
            "end_date_monetary_restriction", "end_date_service_restriction", "end_date_account_restriction");
    private static final List<String> YES_NO = List.of("Yes", "No");

    private final DsaEnums enums;
    private final FreeTextCheck freeText;

    public DsaStatementValidator(DsaEnums enums, FreeTextCheck freeText) {
        this.enums = enums;
        this.freeText = freeText;
    }

    public List<Violation> validate(ObjectNode s) {
        List<Violation> out = new ArrayList<>();
        Rules r = new Rules(s, out);
        for (Iterator<String> it = s.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                r.add(name, "is not a field of the Transparency Database API");
            }
        }
        if (s.has("source_identity")) {
            r.add("source_identity", "is never sent: the notifier's identity stays with the service");
        }
        restrictions(r);
        ground(r);
        r.enumValue("category", true);
        r.enumArray("category_addition", false);
        r.enumArray("category_specification", false);
        r.otherText("category_specification", "KEYWORD_OTHER", "category_specification_other");
        r.enumArray("content_type", true);
        r.otherText("content_type", "CONTENT_TYPE_OTHER", "content_type_other");
        if (r.present("content_language") && !(r.isText("content_language")
                && s.get("content_language").asText().matches("[a-z]{2}")
                && LANGUAGES.contains(s.get("content_language").asText()))) {
            r.add("content_language", "must be an ISO 639-1 code");
        }
        LocalDate applied = r.date("application_date", true, APPLICATION_DATE_MIN);
        r.date("content_date", true, CONTENT_DATE_MIN);
        for (String end : END_DATES) {
            LocalDate d = r.date(end, false, APPLICATION_DATE_MIN);
            if (d != null && applied != null && d.isBefore(applied)) {
                r.add(end, "must not be before application_date");
            }
        }
        r.enumArray("territorial_scope", false);
        r.text("decision_facts", true, 5000);
        r.enumValue("source_type", true);
        r.oneOf("automated_detection", YES_NO, true);
        r.enumValue("automated_decision", true);
        if (r.text("puid", true, 500) && !PUID.matcher(s.get("puid").asText()).matches()) {
            r.add("puid", "must match ^[a-zA-Z0-9_-]+$");
        }
        for (String field : FREE_TEXT) {
            if (r.isText(field) && freeText.carriesPersonalData(s.get(field).asText())) {
                r.add(field, PERSONAL_DATA);
            }
        }
        return out;
    }

    private void restrictions(Rules r) {
        if (!r.present("decision_visibility") && !r.present("decision_monetary")
                && !r.present("decision_provision") && !r.present("decision_account")) {
            r.add("decision_visibility", "at least one of decision_visibility, decision_monetary, "
                    + "decision_provision, decision_account is required");
        }
        r.enumArray("decision_visibility", false);
        r.otherText("decision_visibility", "DECISION_VISIBILITY_OTHER", "decision_visibility_other");
        r.enumValue("decision_monetary", false);
        r.otherText("decision_monetary", "DECISION_MONETARY_OTHER", "decision_monetary_other");
        r.enumValue("decision_provision", false);
        r.enumValue("decision_account", false);
        r.enumValue("account_type", false);
    }

    private void ground(Rules r) {
        List<String> illegal = List.of("illegal_content_legal_ground", "illegal_content_explanation");
        List<String> incompatible = List.of("incompatible_content_ground", "incompatible_content_explanation",
                "incompatible_content_illegal");
        if (!r.enumValue("decision_ground", true)) {
            return;
        }
        boolean isIllegal = "DECISION_GROUND_ILLEGAL_CONTENT".equals(r.s.get("decision_ground").asText());
        if (isIllegal) {
            r.text("illegal_content_legal_ground", true, 500);
            r.text("illegal_content_explanation", true, 2000);
            incompatible.stream().filter(r::present)
                    .forEach(f -> r.add(f, "is excluded with DECISION_GROUND_ILLEGAL_CONTENT"));
        } else {
            r.text("incompatible_content_ground", true, 500);
            r.text("incompatible_content_explanation", true, 2000);
            r.oneOf("incompatible_content_illegal", YES_NO, false);
            illegal.stream().filter(r::present)
                    .forEach(f -> r.add(f, "is excluded with DECISION_GROUND_INCOMPATIBLE_CONTENT"));
        }
    }

    /** The checks, bound to one statement and its list of violations. */
    private final class Rules {
        final ObjectNode s;
        final List<Violation> out;

        Rules(ObjectNode s, List<Violation> out) {
            this.s = s;
            this.out = out;
        }

        void add(String field, String rule) {
            out.add(new Violation(field, rule));
        }

        boolean present(String field) {
            return s.has(field) && !s.get(field).isNull();
        }

        boolean isText(String field) {
            return present(field) && s.get(field).isTextual();
        }

        /** A string of 1..max characters (code points), not blank; false when absent or wrong. */
        boolean text(String field, boolean required, int max) {
            if (!present(field)) {
                if (required) {
                    add(field, "is required");
                }
                return false;
            }
            if (!isText(field)) {
                add(field, "must be a string");
                return false;
            }
            String v = s.get(field).asText();
            if (v.isBlank()) {
                add(field, "must not be blank");
                return false;
            }
            if (v.codePointCount(0, v.length()) > max) {
                add(field, "must be at most " + max + " characters");
                return false;
            }
            return true;
        }

        boolean oneOf(String field, List<String> allowed, boolean required) {
            if (!present(field)) {
                if (required) {
                    add(field, "is required");
                }
                return false;
            }
            if (!isText(field) || !allowed.contains(s.get(field).asText())) {
                add(field, "must be one of " + allowed);
                return false;
            }
            return true;
        }

        boolean enumValue(String field, boolean required) {
            if (!present(field)) {
                if (required) {
                    add(field, "is required");
                }
                return false;
            }
            if (!isText(field) || !enums.allows(field, s.get(field).asText())) {
                add(field, "must be one of the API's " + field + " values");
                return false;
            }
            return true;
        }

        void enumArray(String field, boolean required) {
            if (!present(field)) {
                if (required) {
                    add(field, "is required");
                }
                return;
            }
            JsonNode a = s.get(field);
            if (!a.isArray() || a.isEmpty()) {
                add(field, "must be a non-empty array");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode v : a) {
                if (!v.isTextual() || !enums.allows(field, v.asText())) {
                    add(field, "must hold only the API's " + field + " values");
                    return;
                }
                if (!seen.add(v.asText())) {
                    add(field, "must not repeat a value");
                    return;
                }
            }
        }

        /** {@code textField} is required when {@code field} holds {@code otherKey}, and excluded otherwise. */
        void otherText(String field, String otherKey, String textField) {
            JsonNode v = s.get(field);
            boolean other = v != null && (v.isArray()
                    ? containsText(v, otherKey) : v.isTextual() && otherKey.equals(v.asText()));
            if (other) {
                text(textField, true, 500);
            } else if (present(textField)) {
                add(textField, "is only sent with " + otherKey);
            }
        }

        private static boolean containsText(JsonNode array, String value) {
            for (JsonNode e : array) {
                if (value.equals(e.asText())) {
                    return true;
                }
            }
            return false;
        }

        LocalDate date(String field, boolean required, LocalDate min) {
            if (!present(field)) {
                if (required) {
                    add(field, "is required");
                }
                return null;
            }
            LocalDate d;
            try {
                d = isText(field) ? LocalDate.parse(s.get(field).asText(), DATE) : null;
            } catch (DateTimeParseException e) {
                d = null;
            }
            if (d == null || !s.get(field).asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                add(field, "must be a date YYYY-MM-DD");
                return null;
            }
            if (d.isBefore(min) || d.isAfter(DATE_MAX)) {
                add(field, "must be between " + min + " and " + DATE_MAX);
                return null;
            }
            return d;
        }
    }
}
