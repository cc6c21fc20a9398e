package org.sealedintake.notices.dsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.notices.dsa.DsaTestDecisions.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealedintake.cases.DecisionAction;

/** Each rule of the reference, broken once on an otherwise valid statement: refused, with a clear error. */
class DsaStatementValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DsaExporter exporter = new DsaExporter(DsaEnums.packaged(), new RedactorFreeTextCheck());

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("no restriction at all", s -> s.remove("decision_visibility"), "decision_visibility", "at least one of"),
                rule("visibility not an array", s -> s.put("decision_visibility", "DECISION_VISIBILITY_CONTENT_REMOVED"),
                        "decision_visibility", "non-empty array"),
                rule("visibility empty", s -> s.putArray("decision_visibility"), "decision_visibility", "non-empty array"),
                rule("visibility unknown", s -> s.putArray("decision_visibility").add("DECISION_VISIBILITY_HIDDEN"),
                        "decision_visibility", "values"),
                rule("visibility repeated", s -> s.putArray("decision_visibility")
                        .add("DECISION_VISIBILITY_CONTENT_REMOVED").add("DECISION_VISIBILITY_CONTENT_REMOVED"),
                        "decision_visibility", "repeat"),
                rule("visibility other without text", s -> s.putArray("decision_visibility").add("DECISION_VISIBILITY_OTHER"),
                        "decision_visibility_other", "is required"),
                rule("visibility other too long", s -> {
                    s.putArray("decision_visibility").add("DECISION_VISIBILITY_OTHER");
                    s.put("decision_visibility_other", "x".repeat(501));
                }, "decision_visibility_other", "at most 500"),
                rule("visibility other text without other", s -> s.put("decision_visibility_other", "hidden from search"),
                        "decision_visibility_other", "only sent with"),
                rule("monetary unknown", s -> s.put("decision_monetary", "DECISION_MONETARY_FINE"), "decision_monetary", "values"),
                rule("monetary other without text", s -> s.put("decision_monetary", "DECISION_MONETARY_OTHER"),
                        "decision_monetary_other", "is required"),
                rule("provision unknown", s -> s.put("decision_provision", "DECISION_PROVISION_SOME"), "decision_provision", "values"),
                rule("account unknown", s -> s.put("decision_account", "DECISION_ACCOUNT_BANNED"), "decision_account", "values"),
                rule("account type unknown", s -> s.put("account_type", "ACCOUNT_TYPE_CREATOR"), "account_type", "values"),
                rule("ground missing", s -> s.remove("decision_ground"), "decision_ground", "is required"),
                rule("ground unknown", s -> s.put("decision_ground", "DECISION_GROUND_OTHER"), "decision_ground", "values"),
                rule("incompatible ground missing", s -> s.remove("incompatible_content_ground"),
                        "incompatible_content_ground", "is required"),
                rule("incompatible ground too long", s -> s.put("incompatible_content_ground", "g".repeat(501)),
                        "incompatible_content_ground", "at most 500"),
                rule("incompatible explanation missing", s -> s.remove("incompatible_content_explanation"),
                        "incompatible_content_explanation", "is required"),
                rule("incompatible explanation too long", s -> s.put("incompatible_content_explanation", "e".repeat(2001)),
                        "incompatible_content_explanation", "at most 2000"),
                rule("incompatible explanation blank", s -> s.put("incompatible_content_explanation", "   "),
                        "incompatible_content_explanation", "blank"),
                rule("incompatible illegal not Yes/No", s -> s.put("incompatible_content_illegal", "yes"),
                        "incompatible_content_illegal", "one of"),
                rule("illegal fields with incompatible ground", s -> s.put("illegal_content_legal_ground", "Art. 1"),
                        "illegal_content_legal_ground", "excluded"),
                rule("illegal ground without its fields", s -> s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT"),
                        "illegal_content_legal_ground", "is required"),
                rule("illegal ground without explanation", s -> {
                    s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
                    s.remove(List.of("incompatible_content_ground", "incompatible_content_explanation"));
                    s.put("illegal_content_legal_ground", "Section 185 of the criminal code");
                }, "illegal_content_explanation", "is required"),
                rule("illegal legal ground too long", s -> {
                    s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
                    s.remove(List.of("incompatible_content_ground", "incompatible_content_explanation"));
                    s.put("illegal_content_legal_ground", "l".repeat(501));
                    s.put("illegal_content_explanation", "fine");
                }, "illegal_content_legal_ground", "at most 500"),
                rule("incompatible fields with illegal ground", s -> {
                    s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
                    s.put("illegal_content_legal_ground", "Section 185 of the criminal code");
                    s.put("illegal_content_explanation", "An insult.");
                }, "incompatible_content_ground", "excluded"),
                rule("category missing", s -> s.remove("category"), "category", "is required"),
                rule("category unknown", s -> s.put("category", "STATEMENT_CATEGORY_RUDENESS"), "category", "values"),
                rule("category addition unknown", s -> s.putArray("category_addition").add("KEYWORD_NUDITY"),
                        "category_addition", "values"),
                rule("keyword unknown", s -> s.putArray("category_specification").add("KEYWORD_RUDENESS"),
                        "category_specification", "values"),
                rule("keyword other without text", s -> s.putArray("category_specification").add("KEYWORD_OTHER"),
                        "category_specification_other", "is required"),
                rule("content type missing", s -> s.remove("content_type"), "content_type", "is required"),
                rule("content type unknown", s -> s.putArray("content_type").add("CONTENT_TYPE_STREAM"), "content_type", "values"),
                rule("content type other without text", s -> s.putArray("content_type").add("CONTENT_TYPE_OTHER"),
                        "content_type_other", "is required"),
                rule("content language not ISO 639-1", s -> s.put("content_language", "zho"), "content_language", "ISO 639-1"),
                rule("content language unknown", s -> s.put("content_language", "qq"), "content_language", "ISO 639-1"),
                rule("content date missing", s -> s.remove("content_date"), "content_date", "is required"),
                rule("content date format", s -> s.put("content_date", "20.11.2026"), "content_date", "YYYY-MM-DD"),
                rule("content date impossible", s -> s.put("content_date", "2026-02-30"), "content_date", "YYYY-MM-DD"),
                rule("content date too early", s -> s.put("content_date", "1999-12-31"), "content_date", "between 2000-01-01"),
                rule("content date too late", s -> s.put("content_date", "2038-01-02"), "content_date", "and 2038-01-01"),
                rule("application date missing", s -> s.remove("application_date"), "application_date", "is required"),
                rule("application date too early", s -> s.put("application_date", "2019-12-31"),
                        "application_date", "between 2020-01-01"),
                rule("application date too late", s -> s.put("application_date", "2038-01-02"),
                        "application_date", "and 2038-01-01"),
                rule("end date too late", s -> s.put("end_date_visibility_restriction", "2038-01-02"),
                        "end_date_visibility_restriction", "and 2038-01-01"),
                rule("end date before application", s -> s.put("end_date_monetary_restriction", "2026-01-01"),
                        "end_date_monetary_restriction", "before application_date"),
                rule("end date format", s -> s.put("end_date_service_restriction", "2027-1-1"),
                        "end_date_service_restriction", "YYYY-MM-DD"),
                rule("territory outside the EEA", s -> s.putArray("territorial_scope").add("DE").add("CH"),
                        "territorial_scope", "values"),
                rule("territory EL instead of GR", s -> s.putArray("territorial_scope").add("EL"), "territorial_scope", "values"),
                rule("territory empty", s -> s.putArray("territorial_scope"), "territorial_scope", "non-empty"),
                rule("facts missing", s -> s.remove("decision_facts"), "decision_facts", "is required"),
                rule("facts too long", s -> s.put("decision_facts", "f".repeat(5001)), "decision_facts", "at most 5000"),
                rule("facts too long in code points", s -> s.put("decision_facts", "事".repeat(5001)),
                        "decision_facts", "at most 5000"),
                rule("facts not a string", s -> s.put("decision_facts", 42), "decision_facts", "must be a string"),
                rule("source missing", s -> s.remove("source_type"), "source_type", "is required"),
                rule("source unknown", s -> s.put("source_type", "SOURCE_REPORTER"), "source_type", "values"),
                rule("source identity sent", s -> s.put("source_identity", "Example Trusted Flagger e.V."),
                        "source_identity", "never sent"),
                rule("automated detection missing", s -> s.remove("automated_detection"), "automated_detection", "is required"),
                rule("automated detection boolean", s -> s.put("automated_detection", true), "automated_detection", "one of"),
                rule("automated decision unknown", s -> s.put("automated_decision", "AUTOMATED_DECISION_MOSTLY"),
                        "automated_decision", "values"),
                rule("puid missing", s -> s.remove("puid"), "puid", "is required"),
                rule("puid with a dot", s -> s.put("puid", "decision.1"), "puid", "^[a-zA-Z0-9_-]+$"),
                rule("puid with a space", s -> s.put("puid", "decision 1"), "puid", "^[a-zA-Z0-9_-]+$"),
                rule("puid too long", s -> s.put("puid", "p".repeat(501)), "puid", "at most 500"),
                rule("unknown field", s -> s.put("reporter_count", 3), "reporter_count", "not a field"));
    }

    private static Arguments rule(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
        return Arguments.of(name, breakIt, field, rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsRefusedNamingTheFieldAndTheRule(String name, Consumer<ObjectNode> breakIt, String field,
            String rule) {
        ObjectNode statement = validStatement(DecisionAction.REMOVE_CONTENT);
        exporter.check(statement.deepCopy());
        breakIt.accept(statement);
        StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> exporter.check(statement));
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals(field) && v.rule().contains(rule)),
                "expected " + field + ": " + rule + ", got " + e.violations());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    static ObjectNode validStatement(DecisionAction action) {
        try {
            DsaExporter exporter = new DsaExporter(DsaEnums.packaged(), new RedactorFreeTextCheck());
            String json = exporter.export(decision(action)).submission().orElseThrow().json();
            return (ObjectNode) JSON.readTree(json).get("statements").get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aRefusalNeverEchoesTheValue(String name, Consumer<ObjectNode> breakIt, String field, String rule) {
        ObjectNode statement = validStatement(DecisionAction.REMOVE_CONTENT);
        breakIt.accept(statement);
        StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> exporter.check(statement));
        for (String value : List.of("Example Trusted Flagger", "decision.1", "hidden from search", "20.11.2026")) {
            assertFalse(e.getMessage().contains(value), e.getMessage());
        }
        assertEquals(e.violations().size(), e.getMessage().split("; ").length);
    }
}
