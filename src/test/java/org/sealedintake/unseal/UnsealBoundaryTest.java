package org.sealedintake.unseal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.sealedintake.crypto.ApprovalSigner;
import org.sealedintake.crypto.IdentityOpener;

/** The identity-opening primitive stays inside the unseal feature; its resources return views only. */
class UnsealBoundaryTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sealedintake");

    @Test
    void onlyUnsealOpensIdentities() {
        noClasses().that().resideOutsideOfPackages("org.sealedintake.unseal..", "org.sealedintake.crypto..")
                .should().dependOnClassesThat().areAssignableTo(IdentityOpener.class)
                .because("only an executed unseal may open a reporter's identity (threat T3)")
                .check(MAIN);
    }

    @Test
    void onlyUnsealSignsOrChecksApprovalEvidence() {
        noClasses().that().resideOutsideOfPackages("org.sealedintake.unseal..", "org.sealedintake.crypto..")
                .should().dependOnClassesThat().areAssignableTo(ApprovalSigner.class)
                .because("approval evidence is made and checked by the unseal executor only (threat T24)")
                .check(MAIN);
    }

    @Test
    void unsealResourcesReturnNoEntities() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().areDeclaredInClassesThat().resideInAPackage("org.sealedintake.unseal")
                .and().arePublic()
                .should().notHaveRawReturnType(UnsealRequest.class)
                .andShould().notHaveRawReturnType(UnsealDecision.class)
                .check(MAIN);
    }
}
