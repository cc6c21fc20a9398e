package org.sealedintake.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role-view policy file is valid, and a policy that contradicts itself or the code is refused with a clear message. */
class RoleViewPolicyTest {
    private static final Path FILE = Path.of(System.getProperty("sealedtest.project.dir", "."), "policies",
            "role-views.yaml");

    private static String original() throws IOException {
        return Files.readString(FILE);
    }

    private static RoleViewPolicy parse(String yaml) {
        return RoleViewPolicy.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static String refusal(String yaml) {
        return assertThrows(IllegalStateException.class, () -> parse(yaml)).getMessage();
    }

    private static String replaceOnce(String in, String from, String to) {
        assertTrue(in.contains(from), "fixture text not in the policy: " + from);
        return in.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void theRepositoryPolicyIsValidAndThePackagedCopyIsTheSame() throws IOException {
        RoleViewPolicy policy = parse(original());
        assertEquals(Set.of("reporter", "moderator", "senior-moderator", "creator", "auditor", "approver", "admin", "child-safety",
                "trusted-flagger"), policy.roles().keySet());
        assertTrue(policy.views().containsKey("reporter-report"));
        assertTrue(policy.views().containsKey("reporter-report-summary"));
        // Without a mounted folder the service reads the packaged copy; it must be this file.
        assertEquals(policy, RoleViewPolicies.load(java.nio.file.Path.of("no-such-folder", RoleViewPolicies.FILE)));
    }

    @Test
    void everyReporterViewFieldIsBackedByAnItemTheReporterMaySee() throws IOException {
        RoleViewPolicy policy = parse(original());
        policy.views().values().stream().filter(v -> v.role().equals("reporter")).forEach(v -> v.fields()
                .forEach((field, item) -> assertTrue(!RoleViewPolicy.HIDDEN.equals(policy.matrix().get(item).get("reporter")),
                        field)));
        // The design table: a reporter never sees the sealed identity or the pseudonym.
        assertEquals(RoleViewPolicy.HIDDEN, policy.matrix().get("reporter-identity").get("reporter"));
        assertEquals(RoleViewPolicy.HIDDEN, policy.matrix().get("reporter-pseudonym").get("reporter"));
    }

    @Test
    void refusesAViewFieldThatShowsAHiddenItem() throws IOException {
        String msg = refusal(replaceOnce(original(), "      description: report-text-as-written",
                "      description: reporter-identity"));
        assertTrue(msg.contains("view 'reporter-report' field 'description' shows 'reporter-identity', which is hidden from role 'reporter'"), msg);
    }

    @Test
    void refusesARecordPropertyThePolicyDoesNotList() throws IOException {
        String msg = refusal(replaceOnce(original(), "      targetAccount: target\n", ""));
        assertTrue(msg.contains("ReporterReportView has properties the policy does not allow: [targetAccount]"), msg);
    }

    @Test
    void refusesAListedPropertyTheRecordDoesNotHave() throws IOException {
        String msg = refusal(replaceOnce(original(), "      victim: [type, account]", "      victim: [type, account, email]"));
        assertTrue(msg.contains("nested 'victim': policy lists properties"), msg);
        assertTrue(msg.contains("does not have: [email]"), msg);
    }

    @Test
    void refusesUnknownRolesItemsAndAccessValues() throws IOException {
        String yaml = replaceOnce(original(), "    role: reporter\n    type: org.sealedintake.intake.view.ReporterReportSummary",
                "    role: reporters\n    type: org.sealedintake.intake.view.ReporterReportSummary");
        yaml = replaceOnce(yaml, "      reportId: report-reference", "      reportId: report-number");
        yaml = replaceOnce(yaml, "audit-events:           {reporter: hidden", "audit-events:           {reporter: maybe");
        String msg = refusal(yaml);
        assertTrue(msg.contains("view 'reporter-report-summary' names unknown role 'reporters'"), msg);
        assertTrue(msg.contains("field 'reportId' names unknown matrix item 'report-number'"), msg);
        assertTrue(msg.contains("matrix item 'audit-events' gives role 'reporter' unknown access 'maybe'"), msg);
    }

    @Test
    void refusesAMatrixRowWithoutACellForEveryRole() throws IOException {
        String msg = refusal(replaceOnce(original(), "moderator-notes:        {reporter: hidden, ", "moderator-notes:        {"));
        assertTrue(msg.contains("matrix item 'moderator-notes' has no cell for role(s) [reporter]"), msg);
    }

    @Test
    void refusesATypeThatIsNotARecordOfTheService() throws IOException {
        String msg = refusal(replaceOnce(original(), "type: org.sealedintake.intake.IntakeReceipt", "type: java.lang.String"));
        assertTrue(msg.contains("view 'reporter-receipt' type 'java.lang.String' is not a record class of the service"), msg);
    }

    @Test
    void refusesUnreadableOrUnknownStructure() throws IOException {
        assertTrue(refusal("views: [").contains("cannot be read"));
        assertTrue(refusal(original() + "\nextras: true\n").contains("cannot be read"));
        assertTrue(refusal("version: 1\n").contains("roles is missing"));
    }
}
