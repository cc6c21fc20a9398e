package org.sealedintake.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sealedintake.common.PageView;

/** The service's JAX-RS endpoint methods, read from the compiled classes (not from a running service). */
public final class Endpoints {
    private Endpoints() {
    }

    /** One resource method: its class, its OpenAPI operation id (null if none) and the method itself. */
    public record Endpoint(Class<?> resource, Method method, String operationId) {
        public String name() {
            return resource.getSimpleName() + "." + method.getName();
        }

        /** The realm roles of {@code @RolesAllowed} on the method or its class; "public" for {@code @PermitAll}. */
        public Set<String> roles() {
            RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
            if (onMethod != null) {
                return new TreeSet<>(List.of(onMethod.value()));
            }
            if (method.isAnnotationPresent(PermitAll.class)) {
                return new TreeSet<>(Set.of("public"));
            }
            RolesAllowed onClass = resource.getAnnotation(RolesAllowed.class);
            if (onClass != null) {
                return new TreeSet<>(List.of(onClass.value()));
            }
            return resource.isAnnotationPresent(PermitAll.class) ? new TreeSet<>(Set.of("public")) : new TreeSet<>();
        }

        /** Whether every 2xx answer declares content, all of it non-JSON bytes (e.g. an image). */
        public boolean declaresOnlyBinaryAnswers() {
            boolean any = false;
            for (APIResponse r : method.getAnnotationsByType(APIResponse.class)) {
                if (r.responseCode().startsWith("2")) {
                    for (var content : r.content()) {
                        any = true;
                        if (content.mediaType().contains("json") || !"binary".equals(content.schema().format())) {
                            return false;
                        }
                    }
                }
            }
            return any;
        }

        /** The answer types: the return type, the items of a page, or what the 2xx answers declare. */
        public List<Class<?>> answerTypes() {
            List<Class<?>> out = new ArrayList<>();
            Type type = method.getGenericReturnType();
            if (type instanceof ParameterizedType p && p.getRawType() == PageView.class) {
                out.add((Class<?>) p.getActualTypeArguments()[0]);
            } else if (method.getReturnType() == Response.class) {
                for (APIResponse r : method.getAnnotationsByType(APIResponse.class)) {
                    if (r.responseCode().startsWith("2")) {
                        for (var content : r.content()) {
                            out.add(content.schema().implementation());
                        }
                    }
                }
            } else {
                out.add(method.getReturnType());
            }
            out.removeIf(c -> c == Void.class || c == void.class);
            return out;
        }
    }

    public static List<Endpoint> all() {
        List<Endpoint> out = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sealedintake")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            for (Method m : type.getDeclaredMethods()) {
                if (isEndpoint(m)) {
                    Operation op = m.getAnnotation(Operation.class);
                    out.add(new Endpoint(type, m, op == null || op.hidden() ? null : op.operationId()));
                }
            }
        }
        return out;
    }

    private static boolean isEndpoint(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class);
    }
}
