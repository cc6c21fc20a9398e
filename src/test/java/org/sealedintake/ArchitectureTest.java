package org.sealedintake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of STYLE.md, checked on the compiled main classes. {@code ArchitectureRulesSelfTest}
 * proves each rule reports a violation in a class that breaks it. Plain JUnit tests call the rules
 * (the ArchUnit JUnit engine found no tests under the JUnit 6 platform Quarkus 3.32 brings).
 */
public class ArchitectureTest {
    static final String BASE = "org.sealedintake";

    /** Tink is wired in one package (STYLE rule 10). */
    public static final ArchRule ONLY_CRYPTO_USES_TINK = noClasses()
            .that().resideOutsideOfPackage("..crypto..")
            .should().dependOnClassesThat().resideInAPackage("com.google.crypto.tink..")
            .because("Tink is wired in the crypto package only (STYLE rule 10)");

    /** The vault's entities and repositories are sealing's own. */
    public static final ArchRule ONLY_SEALING_USES_VAULT_STORAGE = classes()
            .that().resideInAPackage("..sealing..")
            .and(entitiesOrRepositories())
            .should().onlyHaveDependentClassesThat().resideInAPackage("..sealing..")
            .because("only the sealing package writes or reads the identity vault (SealedIdentityVault is its only door)");

    /** Opening identities is the unseal executor's job only. */
    public static final ArchRule ONLY_UNSEAL_OPENS_IDENTITIES = classes()
            .that().haveFullyQualifiedName(BASE + ".crypto.IdentityOpener")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("..unseal..", "..crypto..")
            .allowEmptyShould(true)
            .because("only the unseal package may open a sealed identity (STYLE rule 10)");

    /** Resources map to role views; an entity never leaves through HTTP (STYLE rule 3). */
    public static final ArchRule RESOURCES_NEVER_RETURN_ENTITIES = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
            .should(notReturnOrWrapAnEntity())
            .because("resources return role views, never entities (STYLE rules 3 and 'Resources never return entities')");

    /** Every endpoint says who may call it (STYLE rule 7). */
    public static final ArchRule ENDPOINTS_DECLARE_ROLES = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .and().arePublic()
            .and().areMetaAnnotatedWith(jakarta.ws.rs.HttpMethod.class)
            .should(declareRolesAllowedOrPermitAll())
            .because("every endpoint declares @RolesAllowed (or, deliberately, @PermitAll) (STYLE rule 7)");

    /** Transactions belong to services (STYLE rule 4). */
    public static final ArchRule NO_TRANSACTIONAL_RESOURCES_OR_ENTITIES = noClasses()
            .that().haveSimpleNameEndingWith("Resource").or().areAnnotatedWith(Entity.class)
            .should().beAnnotatedWith(Transactional.class)
            .because("transactions are declared on services, never on resources or entities (STYLE rule 4)");

    public static final ArchRule NO_TRANSACTIONAL_METHODS_ON_RESOURCES_OR_ENTITIES = noMethods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
            .or().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
            .should().beAnnotatedWith(Transactional.class)
            .because("transactions are declared on services, never on resources or entities (STYLE rule 4)");

    /** One logging API; the common package may bridge to JBoss Logging if it ever must. */
    public static final ArchRule LOGGING_ONLY_THROUGH_QUARKUS_LOG = noClasses()
            .that().resideOutsideOfPackage(BASE + ".common..")
            .should().dependOnClassesThat().resideInAPackage("org.jboss.logging..")
            .because("log through io.quarkus.logging.Log, identifiers only (STYLE rule 9)");

    static final List<ArchRule> ALL = List.of(ONLY_CRYPTO_USES_TINK, ONLY_SEALING_USES_VAULT_STORAGE,
            ONLY_UNSEAL_OPENS_IDENTITIES, RESOURCES_NEVER_RETURN_ENTITIES, ENDPOINTS_DECLARE_ROLES,
            NO_TRANSACTIONAL_RESOURCES_OR_ENTITIES, NO_TRANSACTIONAL_METHODS_ON_RESOURCES_OR_ENTITIES,
            LOGGING_ONLY_THROUGH_QUARKUS_LOG);

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void importsTheApplication() {
        // Guards against a rule that passes because nothing was imported.
        org.junit.jupiter.api.Assertions.assertTrue(main.contain(BASE + ".intake.ReportResource"));
        org.junit.jupiter.api.Assertions.assertTrue(main.contain(BASE + ".sealing.SealedIdentity"));
        org.junit.jupiter.api.Assertions.assertFalse(main.contain(BASE + ".ArchitectureTest"));
    }

    @Test
    void onlyCryptoImportsTink() {
        ONLY_CRYPTO_USES_TINK.check(main);
    }

    @Test
    void onlySealingUsesTheVaultsEntitiesAndRepositories() {
        ONLY_SEALING_USES_VAULT_STORAGE.check(main);
    }

    @Test
    void onlyUnsealAndCryptoDependOnTheIdentityOpener() {
        ONLY_UNSEAL_OPENS_IDENTITIES.check(main);
    }

    @Test
    void resourcesNeverReturnEntities() {
        RESOURCES_NEVER_RETURN_ENTITIES.check(main);
    }

    @Test
    void everyEndpointDeclaresRolesAllowedOrPermitAll() {
        ENDPOINTS_DECLARE_ROLES.check(main);
    }

    @Test
    void resourcesAndEntitiesAreNeverTransactional() {
        NO_TRANSACTIONAL_RESOURCES_OR_ENTITIES.check(main);
        NO_TRANSACTIONAL_METHODS_ON_RESOURCES_OR_ENTITIES.check(main);
    }

    @Test
    void onlyCommonMayUseJbossLoggingDirectly() {
        LOGGING_ONLY_THROUGH_QUARKUS_LOG.check(main);
    }

    private static DescribedPredicate<JavaClass> entitiesOrRepositories() {
        return DescribedPredicate.describe("are entities or repositories",
                c -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(PanacheRepositoryBase.class));
    }

    private static ArchCondition<JavaMethod> notReturnOrWrapAnEntity() {
        return new ArchCondition<>("not return an entity, nor a type wrapping one") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                // Raw return type plus every type argument: List<Report>, PageView<Report>, Optional<Report>...
                for (JavaClass involved : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (involved.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns entity " + involved.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> declareRolesAllowedOrPermitAll() {
        return new ArchCondition<>("declare @RolesAllowed or @PermitAll on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                        || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                        || method.getOwner().isAnnotatedWith(PermitAll.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " declares neither @RolesAllowed nor @PermitAll"));
                }
            }
        };
    }
}
