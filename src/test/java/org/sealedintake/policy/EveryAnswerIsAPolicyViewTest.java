package org.sealedintake.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.PageView;

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
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sealedintake")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method m : resource.reflect().getDeclaredMethods()) {
                if (!isEndpoint(m)) {
                    continue;
                }
                endpoints++;
                String name = resource.getSimpleName() + "." + m.getName();
                if (PUBLIC_NON_PERSONAL.contains(name)) {
                    continue;
                }
                for (Class<?> answer : answerTypes(m)) {
                    if (!listed.contains(answer.getName())) {
                        unlisted.add(name + " -> " + answer.getName());
                    }
                }
            }
        }
        assertTrue(endpoints >= 14, "found only " + endpoints + " endpoints");
        assertEquals(new TreeSet<String>(), new TreeSet<>(unlisted), "answers that are no view of the role policy");
    }

    private static boolean isEndpoint(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class);
    }

    /** The answer types of an endpoint: its return type, the items of a page, or what its 2xx answers declare. */
    private static List<Class<?>> answerTypes(Method m) {
        List<Class<?>> out = new ArrayList<>();
        Type type = m.getGenericReturnType();
        if (type instanceof ParameterizedType p && p.getRawType() == PageView.class) {
            out.add((Class<?>) p.getActualTypeArguments()[0]);
        } else if (m.getReturnType() == Response.class) {
            for (APIResponse r : m.getAnnotationsByType(APIResponse.class)) {
                if (r.responseCode().startsWith("2")) {
                    for (var content : r.content()) {
                        out.add(content.schema().implementation());
                    }
                }
            }
            assertTrue(!out.isEmpty(), m + " returns a Response without declaring its 2xx content");
        } else {
            out.add(m.getReturnType());
        }
        out.removeIf(c -> c == Void.class || c == void.class);
        return out;
    }
}
