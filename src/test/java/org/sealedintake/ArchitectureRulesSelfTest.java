package org.sealedintake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealedintake.crypto.IdentityOpener;

/**
 * Each architecture rule reports the class that breaks it. The offending classes are compiled
 * here into a temporary folder, so they never become part of the application (a stray
 * {@code @Path} or {@code @Entity} under src/test would be deployed by every {@code @QuarkusTest}).
 */
class ArchitectureRulesSelfTest {
    private static final String PKG = "org.sealedintake.fx";

    @TempDir
    static Path dir;

    private static JavaClasses classes;

    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("intake.UsesTink", "public class UsesTink { com.google.crypto.tink.Aead aead; }");
        SOURCES.put("sealing.VaultRow", """
                @jakarta.persistence.Entity public class VaultRow { @jakarta.persistence.Id Long id;
                  @jakarta.transaction.Transactional public void touch() { } }""");
        SOURCES.put("intake.ReadsVault", "public class ReadsVault { " + PKG + ".sealing.VaultRow row; }");
        SOURCES.put("intake.Opens", "public class Opens { org.sealedintake.crypto.IdentityOpener opener; }");
        SOURCES.put("intake.LeakyResource", """
                @jakarta.ws.rs.Path("/fx") @jakarta.annotation.security.RolesAllowed("user")
                public class LeakyResource {
                  public java.util.List<%s.sealing.VaultRow> list() { return null; } }""".formatted(PKG));
        SOURCES.put("intake.OpenResource", """
                @jakarta.ws.rs.Path("/fx-open") public class OpenResource {
                  @jakarta.annotation.security.RolesAllowed("user") @jakarta.ws.rs.GET public String guarded() { return ""; }
                  @jakarta.ws.rs.GET @jakarta.ws.rs.Path("/u") public String unguarded() { return ""; }
                  public String helperThatIsNoEndpoint() { return ""; } }""");
        SOURCES.put("intake.TxResource", """
                @jakarta.ws.rs.Path("/fx-tx") @jakarta.annotation.security.PermitAll
                @jakarta.transaction.Transactional public class TxResource { }""");
        SOURCES.put("intake.LogsDirectly",
                "public class LogsDirectly { Object log = org.jboss.logging.Logger.getLogger(\"x\"); }");
    }

    @BeforeAll
    static void compileOffenders() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
                System.getProperty("java.class.path") + File.pathSeparator + mainClasses()));
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            String pkg = PKG + "." + e.getKey().substring(0, e.getKey().indexOf('.'));
            String name = e.getKey().substring(e.getKey().indexOf('.') + 1);
            Path file = Files.createDirectories(src.resolve(pkg.replace('.', '/'))).resolve(name + ".java");
            Files.writeString(file, "package " + pkg + ";\n" + e.getValue() + "\n");
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertEquals(0, rc, "offending fixtures must compile " + diagnostics);
        // With the main classes, so rules about main types (IdentityOpener) see their dependents.
        classes = new ClassFileImporter().importPaths(out, mainClasses());
    }

    private static Path mainClasses() throws URISyntaxException {
        return Path.of(IdentityOpener.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void assertReports(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(classes);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), rule.getDescription());
        assertTrue(report.contains(PKG + "." + offender), "expected " + offender + " in: " + report);
        assertTrue(result.getFailureReport().getDetails().stream().allMatch(d -> d.contains(PKG + ".")),
                "only the fixtures break the rule, never the main code: " + report);
    }

    @Test
    void tinkOutsideCryptoIsReported() {
        assertReports(ArchitectureTest.ONLY_CRYPTO_USES_TINK, "intake.UsesTink");
    }

    @Test
    void vaultEntityUsedOutsideSealingIsReported() {
        assertReports(ArchitectureTest.ONLY_SEALING_USES_VAULT_STORAGE, "intake.ReadsVault");
    }

    @Test
    void identityOpenerUsedOutsideUnsealIsReported() {
        assertReports(ArchitectureTest.ONLY_UNSEAL_OPENS_IDENTITIES, "intake.Opens");
    }

    @Test
    void resourceReturningAListOfEntitiesIsReported() {
        assertReports(ArchitectureTest.RESOURCES_NEVER_RETURN_ENTITIES, "intake.LeakyResource.list()");
    }

    @Test
    void endpointWithoutRolesIsReportedAndGuardedOnesAreNot() {
        assertReports(ArchitectureTest.ENDPOINTS_DECLARE_ROLES, "intake.OpenResource.unguarded()");
        String report = ArchitectureTest.ENDPOINTS_DECLARE_ROLES.evaluate(classes).getFailureReport().toString();
        assertFalse(report.contains("OpenResource.guarded()"), "a method-level @RolesAllowed counts: " + report);
        assertFalse(report.contains("TxResource"), "a class-level @PermitAll counts: " + report);
    }

    @Test
    void transactionalResourceAndEntityMethodAreReported() {
        assertReports(ArchitectureTest.NO_TRANSACTIONAL_RESOURCES_OR_ENTITIES, "intake.TxResource");
        assertReports(ArchitectureTest.NO_TRANSACTIONAL_METHODS_ON_RESOURCES_OR_ENTITIES, "sealing.VaultRow.touch()");
    }

    @Test
    void directJbossLoggingIsReported() {
        assertReports(ArchitectureTest.LOGGING_ONLY_THROUGH_QUARKUS_LOG, "intake.LogsDirectly");
    }
}
