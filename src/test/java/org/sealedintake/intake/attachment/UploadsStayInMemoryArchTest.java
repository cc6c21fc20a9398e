package org.sealedintake.intake.attachment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Quarkus' multipart types (FileUpload, @RestForm file parts) make the HTTP layer write the part to a
 * temporary file; uploads must never rest unencrypted on disk, so the service must not use them.
 */
class UploadsStayInMemoryArchTest {

    @Test
    void noProductionClassUsesDiskBackedMultipartTypes() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sealedintake");
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.jboss.resteasy.reactive.multipart..", "org.jboss.resteasy.reactive.server.multipart..")
                .because("file parts handled by Quarkus are written to a temporary directory unencrypted")
                .check(production);
    }
}
