package org.sealedintake.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Endpoints;

/**
 * The endpoints table of policies/role-views.yaml and the code say the same: every operation is
 * listed, {@code @RolesAllowed} admits exactly the realm roles the table names, and each role's view
 * is a type the operation answers with.
 */
class RoleEndpointPolicyTest {

    static RoleViewPolicy policy() throws Exception {
        try (InputStream in = Files.newInputStream(java.nio.file.Path.of(
                System.getProperty("sealedtest.project.dir", "."), "policies", RoleViewPolicies.FILE))) {
            return RoleViewPolicy.parse(in, RoleViewPolicies.FILE);
        }
    }

    @Test
    void everyOperationIsListedWithTheRolesItsCodeAdmits() throws Exception {
        RoleViewPolicy policy = policy();
        List<String> problems = new ArrayList<>();
        Set<String> operations = new TreeSet<>();
        for (Endpoints.Endpoint e : Endpoints.all()) {
            if (e.operationId() == null) {
                continue; // hidden from the document (an alias such as approve without a body); checked below
            }
            operations.add(e.operationId());
            Set<String> inPolicy = policy.realmRolesOf(e.operationId());
            if (inPolicy.isEmpty()) {
                problems.add(e.operationId() + " (" + e.name() + ") is not in the endpoints table");
                continue;
            }
            if (!inPolicy.equals(e.roles())) {
                problems.add(e.operationId() + ": code admits " + e.roles() + ", policy " + inPolicy);
            }
            Set<String> answers = new TreeSet<>();
            e.answerTypes().forEach(c -> answers.add(c.getName()));
            for (Map.Entry<String, String> cell : policy.endpoints().get(e.operationId()).entrySet()) {
                if (RoleViewPolicy.NO_VIEW.equals(cell.getValue())) {
                    continue;
                }
                String type = policy.view(cell.getValue()).type();
                if (!answers.contains(type)) {
                    problems.add(e.operationId() + ": role " + cell.getKey() + " gets view " + cell.getValue() + " ("
                            + type + "), but the operation answers " + answers);
                }
            }
        }
        Set<String> stale = new TreeSet<>(policy.endpoints().keySet());
        stale.removeAll(operations);
        if (!stale.isEmpty()) {
            problems.add("the endpoints table lists operations the code does not have: " + stale);
        }
        assertTrue(operations.size() >= 14, "found only " + operations.size() + " operations");
        assertEquals(List.of(), problems);
    }

    @Test
    void endpointsWithoutAnOperationIdAdmitTheSameRolesAsTheirDocumentedTwin() {
        List<Endpoints.Endpoint> all = Endpoints.all();
        for (Endpoints.Endpoint hidden : all) {
            if (hidden.operationId() != null) {
                continue;
            }
            Endpoints.Endpoint twin = all.stream()
                    .filter(e -> e.operationId() != null && e.resource() == hidden.resource()
                            && samePath(e, hidden))
                    .findFirst().orElseThrow(() -> new AssertionError(hidden.name() + " has no operationId and no twin"));
            assertEquals(twin.roles(), hidden.roles(), hidden.name());
        }
    }

    @Test
    void thePolicyRefusesAnEndpointGivingARoleAnotherRealmRolesView() {
        String yaml = """
                version: 1
                roles: {reporter: user, moderator: moderator}
                access: {hidden: never, visible: shown}
                matrix:
                  report-text-as-written: {reporter: visible, moderator: hidden}
                views:
                  reporter-view:
                    role: reporter
                    type: org.sealedintake.unseal.view.ReporterDisclosureView
                    fields: {disclosedAt: report-text-as-written, legalBasis: report-text-as-written}
                endpoints:
                  readSomething: {moderator: reporter-view}
                """;
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RoleViewPolicy.parse(new java.io.ByteArrayInputStream(yaml.getBytes()), "test"));
        assertTrue(e.getMessage().contains("gives role 'moderator' view 'reporter-view' of role 'reporter'"), e.getMessage());
    }

    private static boolean samePath(Endpoints.Endpoint a, Endpoints.Endpoint b) {
        jakarta.ws.rs.Path pa = a.method().getAnnotation(jakarta.ws.rs.Path.class);
        jakarta.ws.rs.Path pb = b.method().getAnnotation(jakarta.ws.rs.Path.class);
        return pa == null ? pb == null : pb != null && pa.value().equals(pb.value());
    }
}
