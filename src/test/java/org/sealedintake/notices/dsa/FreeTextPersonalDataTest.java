package org.sealedintake.notices.dsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.notices.dsa.DsaTestDecisions.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sealedintake.cases.AutomationLevel;
import org.sealedintake.cases.DecisionAction;
import org.sealedintake.cases.DecisionGround;

/**
 * The public database logs a rejected submission whole, so a free-text field that carries a phone,
 * e-mail or ID is refused here, before anything is built to be sent; the refusal says which field,
 * never what was found.
 */
class FreeTextPersonalDataTest {
    private final DsaExporter exporter = new DsaExporter(DsaEnums.packaged(), new RedactorFreeTextCheck());

    @ParameterizedTest
    @ValueSource(strings = {
        "The reporter can be reached at 138-0013-8000.",
        "举报人电话 13800138000，请联系",
        "Contact li.wei@example.com for the original.",
        "身份证号 11010519491231002X 已核实",
        "Her WeChat id is wxid_liwei1990 and she asked us to act.",
        "加我微信 liwei_1990 谢谢",
        "The address is 北京市朝阳区建国路88号.",
    })
    void aFreeTextFieldCarryingPersonalDataIsRefusedBeforeSending(String text) {
        for (String field : List.of("facts", "legalGround", "explanation")) {
            DecisionFacts d = decision(DecisionAction.REMOVE_CONTENT);
            d = DsaTestDecisions.withTexts(d, field.equals("legalGround") ? text : d.legalGround(),
                    field.equals("facts") ? text : d.facts(), field.equals("explanation") ? text : d.explanation());
            DecisionFacts decision = d;
            StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> exporter.export(decision));
            assertTrue(e.carriesPersonalData(), field + ": " + e.getMessage());
            assertFalse(e.getMessage().contains(text), "the refusal must not echo the text");
            assertFalse(e.getMessage().matches("(?s).*(PHONE|EMAIL|ID|WECHAT|ADDRESS).*"), "nor say what kind");
        }
    }

    @Test
    void theIllegalContentFieldsAreCheckedToo() {
        DecisionFacts d = DsaTestDecisions.withSource(decision(DecisionAction.DISABLE_ACCESS), DecisionSource.NOTICE,
                DecisionGround.ILLEGAL_CONTENT, AutomationLevel.NOT_AUTOMATED, false, false, ContentKind.TEXT);
        DecisionFacts withPhone = DsaTestDecisions.withTexts(d, d.legalGround(), d.facts(),
                "Calls to +86 138 0013 8000 show the threat is real.");
        StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> exporter.export(withPhone));
        assertEquals(List.of(new Violation("illegal_content_explanation", DsaStatementValidator.PERSONAL_DATA)),
                e.violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Community Guidelines section 4.2 (harassment)",
        "Section 185 of the German Criminal Code (insult)",
        "Article 6(1) of Directive 2011/93/EU",
        "社区规范第4.2条（骚扰）",
        "The clip was posted on 20 November 2026 and viewed in 3 countries.",
    })
    void ordinaryLegalTextPasses(String text) {
        DecisionFacts d = decision(DecisionAction.REMOVE_CONTENT);
        assertTrue(exporter.export(DsaTestDecisions.withTexts(d, text, text, text)).submission().isPresent());
    }

    @Test
    void theCheckIsInjectedAndSeesEveryFreeTextFieldThatLeaves() {
        List<String> seen = new ArrayList<>();
        DsaExporter recording = new DsaExporter(DsaEnums.packaged(), t -> {
            seen.add(t);
            return false;
        });
        DecisionFacts d = DsaTestDecisions.withSource(decision(DecisionAction.TERMINATE_ACCOUNT), DecisionSource.NOTICE,
                DecisionGround.INCOMPATIBLE_CONTENT, AutomationLevel.NOT_AUTOMATED, false, false, ContentKind.ACCOUNT);
        recording.export(d);
        assertTrue(seen.containsAll(List.of(d.legalGround(), d.facts(), d.explanation(), "Account profile")), seen.toString());
    }

    @Test
    void aNameOnlyTheInjectedGuardKnowsIsRefused() {
        // Stands in for the leak guard: the detectors know no person names, the guard does.
        AtomicInteger calls = new AtomicInteger();
        DsaExporter guarded = new DsaExporter(DsaEnums.packaged(), t -> {
            calls.incrementAndGet();
            return t.contains("张伟") || t.contains("Zhang Wei");
        });
        DecisionFacts d = decision(DecisionAction.LABEL);
        for (String facts : List.of("张伟 says the video shows him.", "Reported by Zhang Wei.")) {
            DecisionFacts named = DsaTestDecisions.withTexts(d, d.legalGround(), facts, d.explanation());
            StatementRefusedException e = assertThrows(StatementRefusedException.class, () -> guarded.export(named));
            assertEquals(List.of(new Violation("decision_facts", DsaStatementValidator.PERSONAL_DATA)), e.violations());
        }
        assertTrue(calls.get() > 0);
        assertTrue(guarded.export(d).submission().isPresent());
    }
}
