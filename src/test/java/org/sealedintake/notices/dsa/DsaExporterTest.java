package org.sealedintake.notices.dsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.notices.dsa.DsaTestDecisions.APPLIED;
import static org.sealedintake.notices.dsa.DsaTestDecisions.decision;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sealedintake.cases.AutomationLevel;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.cases.DecisionGround;

class DsaExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The field names of the reference (dsa-statement-fields.md), typed out again on purpose. */
    static final Set<String> REFERENCE_FIELDS = Set.of("decision_visibility", "decision_visibility_other",
            "decision_monetary", "decision_monetary_other", "decision_provision", "decision_account", "account_type",
            "decision_ground", "illegal_content_legal_ground", "illegal_content_explanation",
            "incompatible_content_ground", "incompatible_content_explanation", "incompatible_content_illegal",
            "category", "category_addition", "category_specification", "category_specification_other",
            "content_type", "content_type_other", "content_language", "content_date", "application_date",
            "end_date_visibility_restriction", "end_date_monetary_restriction", "end_date_service_restriction",
            "end_date_account_restriction", "territorial_scope", "decision_facts", "source_type", "source_identity",
            "automated_detection", "automated_decision", "puid");

    /** What each exported action must state (docs/dsa-export.md, the mapping table). */
    static final Map<DecisionAction, Map<String, Object>> EXPECTED = Map.of(
            DecisionAction.REMOVE_CONTENT, Map.of("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED")),
            DecisionAction.DISABLE_ACCESS, Map.of("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DISABLED")),
            DecisionAction.RESTRICT_VISIBILITY, Map.of("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DEMOTED")),
            DecisionAction.LABEL, Map.of("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_LABELLED")),
            DecisionAction.RESTRICT_INTERACTION,
            Map.of("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED")),
            DecisionAction.SUSPEND_ACCOUNT, Map.of("decision_account", "DECISION_ACCOUNT_SUSPENDED"),
            DecisionAction.TERMINATE_ACCOUNT, Map.of("decision_account", "DECISION_ACCOUNT_TERMINATED"));

    static final Map<DecisionAction, DsaExport.Reason> NOT_EXPORTED = Map.of(
            DecisionAction.WARN, DsaExport.Reason.WARNING_WITHOUT_RESTRICTION,
            DecisionAction.REFER_TO_LAW_ENFORCEMENT, DsaExport.Reason.REFERRAL_TO_LAW_ENFORCEMENT,
            DecisionAction.NO_ACTION, DsaExport.Reason.NO_ACTION);

    private final DsaExporter exporter = new DsaExporter(DsaEnums.packaged(), new RedactorFreeTextCheck());

    @Test
    void everyDecisionActionIsEitherMappedOrDocumentedAsNotExported() {
        Set<DecisionAction> covered = EnumSet.noneOf(DecisionAction.class);
        covered.addAll(EXPECTED.keySet());
        covered.addAll(NOT_EXPORTED.keySet());
        assertEquals(EnumSet.allOf(DecisionAction.class), covered, "a new action needs a mapping and a docs row");
        EXPECTED.keySet().forEach(a -> assertTrue(a.restricts(), a + " restricts, so it is stated"));
        NOT_EXPORTED.keySet().forEach(a -> assertFalse(a.restricts(), a + " restricts nothing"));
    }

    @ParameterizedTest
    @EnumSource(DecisionAction.class)
    void eachActionBecomesAValidStatementOrItsDocumentedReason(DecisionAction action) throws Exception {
        DsaExport export = exporter.export(decision(action));
        if (NOT_EXPORTED.containsKey(action)) {
            assertEquals(new DsaExport.NotExported(NOT_EXPORTED.get(action)), export);
            assertTrue(export.submission().isEmpty());
            return;
        }
        DsaExport.Submission s = assertInstanceOf(DsaExport.Submission.class, export);
        JsonNode body = JSON.readTree(s.json());
        assertEquals(Set.of("statements"), names(body));
        assertEquals(1, body.get("statements").size());
        JsonNode st = body.get("statements").get(0);
        EXPECTED.get(action).forEach((field, value) -> assertEquals(JSON.valueToTree(value), st.get(field), field));
        for (String other : List.of("decision_visibility", "decision_account", "decision_monetary", "decision_provision")) {
            if (!EXPECTED.get(action).containsKey(other)) {
                assertFalse(st.has(other), action + " must not state " + other);
            }
        }
        assertEquals("decision-0b9a1c52-3f0e-4c55-9d7c-1a2b3c4d5e6f", st.get("puid").asText());
        assertEquals("dsa:" + s.puid(), s.idempotencyKey());
        assertEquals("DECISION_GROUND_INCOMPATIBLE_CONTENT", st.get("decision_ground").asText());
        assertEquals("Community Guidelines section 4.2 (harassment)", st.get("incompatible_content_ground").asText());
        assertEquals("STATEMENT_CATEGORY_CYBER_VIOLENCE", st.get("category").asText());
        assertEquals("[\"CONTENT_TYPE_VIDEO\"]", st.get("content_type").toString());
        assertEquals("2026-11-20", st.get("content_date").asText());
        assertEquals("2026-11-26", st.get("application_date").asText());
        assertEquals("[\"DE\",\"FR\"]", st.get("territorial_scope").toString());
        assertEquals("SOURCE_ARTICLE_16", st.get("source_type").asText());
        assertEquals("No", st.get("automated_detection").asText());
        assertEquals("AUTOMATED_DECISION_NOT_AUTOMATED", st.get("automated_decision").asText());
        // What was sent passes the validator on its own.
        assertEquals(List.of(), new DsaStatementValidator(DsaEnums.packaged(), t -> false)
                .validate((ObjectNode) st));
    }

    @ParameterizedTest
    @EnumSource(value = DecisionAction.class, names = {"REMOVE_CONTENT", "SUSPEND_ACCOUNT", "TERMINATE_ACCOUNT", "LABEL"})
    void bothGroundsAllAutomationLevelsAndContentKindsGiveValidStatements(DecisionAction action) throws Exception {
        for (DecisionGround ground : DecisionGround.values()) {
            for (AutomationLevel automation : AutomationLevel.values()) {
                for (ContentKind kind : ContentKind.values()) {
                    DecisionFacts d = DsaTestDecisions.withSource(decision(action), DecisionSource.OWN_INITIATIVE,
                            ground, automation, true, true, kind);
                    JsonNode st = statement(d);
                    boolean illegal = ground == DecisionGround.ILLEGAL_CONTENT;
                    assertEquals(illegal, st.has("illegal_content_legal_ground"));
                    assertEquals(illegal, st.has("illegal_content_explanation"));
                    assertEquals(!illegal, st.has("incompatible_content_ground"));
                    assertEquals(!illegal, st.has("incompatible_content_explanation"));
                    assertEquals("AUTOMATED_DECISION_" + automation, st.get("automated_decision").asText());
                    assertEquals("Yes", st.get("automated_detection").asText());
                    assertEquals("SOURCE_VOLUNTARY", st.get("source_type").asText());
                    boolean other = kind == ContentKind.ACCOUNT || kind == ContentKind.OTHER;
                    assertEquals(other, st.has("content_type_other"), kind.name());
                }
            }
        }
    }

    @Test
    void terminationThatBlocksReRegistrationAlsoStatesTotalTerminationOfTheService() throws Exception {
        DecisionFacts blocked = DsaTestDecisions.withSource(decision(DecisionAction.TERMINATE_ACCOUNT),
                DecisionSource.NOTICE, DecisionGround.ILLEGAL_CONTENT, AutomationLevel.NOT_AUTOMATED, false, true,
                ContentKind.ACCOUNT);
        assertEquals("DECISION_PROVISION_TOTAL_TERMINATION", statement(blocked).get("decision_provision").asText());
        assertFalse(statement(decision(DecisionAction.TERMINATE_ACCOUNT)).has("decision_provision"));
    }

    @Test
    void jsonFieldNamesAreExactlyTheReferences() throws Exception {
        assertEquals(REFERENCE_FIELDS, new TreeSet<>(DsaStatementValidator.FIELDS));
        Set<String> recordNames = new TreeSet<>();
        for (RecordComponent c : DsaStatement.class.getRecordComponents()) {
            recordNames.add(c.getAccessor().getAnnotation(JsonProperty.class).value());
        }
        Set<String> viaJackson = new TreeSet<>();
        JSON.valueToTree(new DsaStatement(List.of(), "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(),
                List.of(), "", List.of(), "", "", "", "", "", "", "", "", List.of(), "", "", "", "", ""))
                .fieldNames().forEachRemaining(viaJackson::add);
        Set<String> expected = new TreeSet<>(REFERENCE_FIELDS);
        expected.remove("source_identity");
        assertEquals(expected, viaJackson, "every property is an API field, and only source_identity is missing");
        assertEquals(expected, recordNames);
        JsonNode st = statement(decision(DecisionAction.SUSPEND_ACCOUNT));
        assertTrue(REFERENCE_FIELDS.containsAll(names(st)), names(st).toString());
    }

    @Test
    void theExportIsGivenNothingAboutReportsReportersOrTheCreatorsAccount() {
        // A new input field is a new thing the public database could learn: it needs a review, and this list.
        List<String> components = new ArrayList<>();
        for (RecordComponent c : DecisionFacts.class.getRecordComponents()) {
            components.add(c.getName());
        }
        assertEquals(List.of("decisionId", "action", "ground", "legalGround", "facts", "explanation",
                "statementCategory", "durationDays", "territorialScope", "automatedDetection", "automation",
                "blockReRegistration", "contentKind", "contentDate", "applicationDate", "source"), components);
        assertFalse(decision(DecisionAction.REMOVE_CONTENT).toString().contains("insults"), "toString holds no text");
    }

    @Test
    void aTrustedFlaggersNoticeIsPublishedAsAnArticle16NoticeAndNoNotifierIsEverNamed() throws Exception {
        for (DecisionSource source : DecisionSource.values()) {
            for (DecisionAction action : EXPECTED.keySet()) {
                DecisionFacts d = DsaTestDecisions.withSource(decision(action), source, DecisionGround.ILLEGAL_CONTENT,
                        AutomationLevel.PARTIALLY, false, false, ContentKind.TEXT);
                DsaExport.Submission s = exporter.export(d).submission().orElseThrow();
                assertFalse(s.json().contains("SOURCE_TRUSTED_FLAGGER"), source + " " + action);
                assertFalse(s.json().contains("source_identity"), source + " " + action);
            }
        }
        DecisionFacts tf = DsaTestDecisions.withSource(decision(DecisionAction.REMOVE_CONTENT),
                DecisionSource.TRUSTED_FLAGGER_NOTICE, DecisionGround.ILLEGAL_CONTENT, AutomationLevel.NOT_AUTOMATED,
                false, false, ContentKind.TEXT);
        assertEquals(statement(DsaTestDecisions.withSource(tf, DecisionSource.NOTICE, tf.ground(), tf.automation(),
                false, false, ContentKind.TEXT)), statement(tf), "a trusted flagger's statement is indistinguishable");
    }

    @Test
    void territorialScopeIsTheEeaPartEverywhereMeansAllOfItAndOutsideTheEeaIsNotExported() throws Exception {
        DecisionFacts d = decision(DecisionAction.DISABLE_ACCESS);
        assertEquals("[\"DE\",\"GR\"]",
                statement(DsaTestDecisions.withScope(d, List.of("de", "CN", "EL", "DE"))).get("territorial_scope").toString());
        JsonNode everywhere = statement(DsaTestDecisions.withScope(d, List.of())).get("territorial_scope");
        assertEquals(30, everywhere.size());
        List<String> codes = new ArrayList<>();
        everywhere.forEach(c -> codes.add(c.asText()));
        assertTrue(codes.containsAll(List.of("IS", "LI", "NO")), "EEA, not only EU");
        assertEquals(new DsaExport.NotExported(DsaExport.Reason.OUTSIDE_EEA),
                exporter.export(DsaTestDecisions.withScope(d, List.of("CN", "US"))));
    }

    @Test
    void durationsBecomeTheMatchingEndDate() throws Exception {
        JsonNode suspended = statement(DsaTestDecisions.with(decision(DecisionAction.SUSPEND_ACCOUNT), 30));
        assertEquals(APPLIED.plusDays(30).toString(), suspended.get("end_date_account_restriction").asText());
        assertFalse(suspended.has("end_date_visibility_restriction"));
        JsonNode demoted = statement(DsaTestDecisions.with(decision(DecisionAction.RESTRICT_VISIBILITY), 7));
        assertEquals(APPLIED.plusDays(7).toString(), demoted.get("end_date_visibility_restriction").asText());
        JsonNode indefinite = statement(decision(DecisionAction.RESTRICT_VISIBILITY));
        for (String end : List.of("end_date_visibility_restriction", "end_date_monetary_restriction",
                "end_date_service_restriction", "end_date_account_restriction")) {
            assertFalse(indefinite.has(end), "null duration = indefinite = no end date");
        }
    }

    @Test
    void aRemovalOrTerminationWithAnEndDateAndImpossibleDurationsAreRefused() {
        assertRefused(DsaTestDecisions.with(decision(DecisionAction.REMOVE_CONTENT), 10),
                "end_date_visibility_restriction", "a removal has no end date");
        assertRefused(DsaTestDecisions.with(decision(DecisionAction.TERMINATE_ACCOUNT), 10),
                "end_date_account_restriction", "a termination has no end date");
        assertRefused(DsaTestDecisions.with(decision(DecisionAction.SUSPEND_ACCOUNT), 0),
                "durationDays", "at least 1 day");
        assertRefused(DsaTestDecisions.with(decision(DecisionAction.SUSPEND_ACCOUNT), 5000),
                "end_date_account_restriction", "between 2020-01-01 and 2038-01-01");
        assertRefused(DsaTestDecisions.with(decision(DecisionAction.SUSPEND_ACCOUNT), Integer.MAX_VALUE),
                "end_date_account_restriction", "between 2020-01-01 and 2038-01-01");
    }

    static StatementRefusedException assertRefused(DecisionFacts d, String field, String rule) {
        DsaExporter exporter = new DsaExporter(DsaEnums.packaged(), new RedactorFreeTextCheck());
        StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> exporter.export(d));
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals(field) && v.rule().contains(rule)),
                "expected " + field + ": " + rule + ", got " + e.violations());
        return e;
    }

    private JsonNode statement(DecisionFacts d) throws Exception {
        return JSON.readTree(exporter.export(d).submission().orElseThrow().json()).get("statements").get(0);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
