package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @Test
    void findingsPointIntoTheTextAsWritten() {
        String text = "打 １３８－００１３－８０００ 或发 ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ";
        List<Finding> findings = redactor.findings(text, List.of());
        assertEquals(2, findings.size());
        assertEquals(PiiType.PHONE, findings.get(0).type());
        assertEquals("１３８－００１３－８０００", text.substring(findings.get(0).start(), findings.get(0).end()));
        assertEquals("ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ", text.substring(findings.get(1).start(), findings.get(1).end()));
    }

    @Test
    void aNumberInBracketsRightAfterALatinWordIsStillFound() {
        // Found by LeakGuardFuzzTest: "U（<full-width ID>" was read as one code glued to the word "U".
        assertEquals("Lee[ID-NUMBER]", redactor.redact("Lee(42788920020314106X)"));
        assertEquals("U[ID-NUMBER]”d", redactor.redact("U（４２７８８９２００２０３１４１０６Ｘ”d"));
        assertEquals("Wang[PHONE]", redactor.redact("Wang（13800138000）"));
        // Letters touching the digits still make a code, not a number of its own.
        assertEquals("SF13800138000", redactor.redact("SF13800138000"));
    }

    @Test
    void emptyAndNullTextComeBackUnchanged() {
        assertEquals("", redactor.redact(""));
        assertEquals(List.of(), redactor.findings(null, List.of()));
        assertEquals("no identifiers here", redactor.redact("no identifiers here", null));
    }

    @Test
    void overlappingFindingsKeepTheReporterFirstThenByTypePriority() {
        List<Finding> resolved = Redactor.resolveOverlaps(List.of(new Finding(PiiType.URL, 0, 10),
                new Finding(PiiType.EMAIL, 2, 12), new Finding(PiiType.PHONE, 18, 31),
                new Finding(PiiType.REPORTER, 20, 25), new Finding(PiiType.ADDRESS, 40, 50),
                new Finding(PiiType.ADDRESS, 42, 60)));
        assertEquals(List.of(new Finding(PiiType.EMAIL, 2, 12), new Finding(PiiType.REPORTER, 20, 25),
                new Finding(PiiType.ADDRESS, 42, 60)), resolved);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> redactor.redact("張偉的電話13800138000", List.of("张伟"))));
            }
            for (Future<String> r : results) {
                assertEquals("[REPORTER]的電話[PHONE]", r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theEngineIsPlainJavaWithoutContainerLoggingOrOtherFeatures() {
        JavaClasses redaction = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sealedintake.redaction");
        assertTrue(redaction.contain(Redactor.class));
        // The leak guard (redaction.guard) is the engine's container-side door: it reads the vault and answers problems.
        ArchRule plain = ArchRuleDefinition.noClasses().that().resideInAPackage("org.sealedintake.redaction..")
                .and().resideOutsideOfPackage("org.sealedintake.redaction.guard..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.jboss..",
                        "java.util.logging..", "org.slf4j..", "com.google.crypto.tink..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.sealedintake.intake..", "org.sealedintake.sealing..",
                        "org.sealedintake.unseal..", "org.sealedintake.audit..", "org.sealedintake.crypto..",
                        "org.sealedintake.common..", "org.sealedintake.policy..")
                .because("the redaction engine is constructed with new and tested alone; it never logs text");
        plain.check(redaction);
    }
}
