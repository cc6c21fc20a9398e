package org.sealedintake.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Endpoints;

/**
 * Every answer of every endpoint is a view record listed in policies/role-views.yaml (and so checked
 * field by field against the matrix at start). A new endpoint that returns anything else, an entity
 * or another package's type, fails here.
 */
class EveryAnswerIsAPolicyViewTest {
    /** Answers that carry no data about anyone: the public checkpoint- and delivery-verification keysets. */
    private static final Set<String> PUBLIC_NON_PERSONAL = Set.of("AuditResource.keys", "OutboxKeysResource.keys");

    @Test
    void everyEndpointAnswersWithAViewTheRolePolicyLists() throws Exception {
        RoleViewPolicy policy;
        try (InputStream in = Files.newInputStream(java.nio.file.Path.of(
                System.getProperty("sealedtest.project.dir", "."), "policies", RoleViewPolicies.FILE))) {
            policy = RoleViewPolicy.parse(in, RoleViewPolicies.FILE);
        }
        Set<String> listed = policy.views().values().stream().map(RoleViewPolicy.View::type).collect(Collectors.toSet());

        List<String> unlisted = new ArrayList<>();
        int endpoints = 0;
        for (Endpoints.Endpoint endpoint : Endpoints.all()) {
            endpoints++;
            if (PUBLIC_NON_PERSONAL.contains(endpoint.name())) {
                continue;
            }
            List<Class<?>> answers = endpoint.answerTypes();
            if (endpoint.method().getReturnType() == jakarta.ws.rs.core.Response.class) {
                // A Response declares its 2xx content: a view record, or bytes (an image) that are no JSON at all.
                assertTrue(!answers.isEmpty() || endpoint.declaresOnlyBinaryAnswers(),
                        endpoint.name() + " returns a Response without declaring its 2xx content");
            }
            for (Class<?> answer : answers) {
                if (!listed.contains(answer.getName())) {
                    unlisted.add(endpoint.name() + " -> " + answer.getName());
                }
            }
        }
        assertTrue(endpoints >= 14, "found only " + endpoints + " endpoints");
        assertEquals(new TreeSet<String>(), new TreeSet<>(unlisted), "answers that are no view of the role policy");
    }
}
