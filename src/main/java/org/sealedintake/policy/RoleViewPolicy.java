package org.sealedintake.policy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * policies/role-views.yaml: which role may see which item of a report, and the answer records
 * (views) built on it. {@link #parse} refuses a policy that contradicts itself or the code: every
 * property of a view's record must be listed, with a matrix item its role may see.
 */
public record RoleViewPolicy(int version, Map<String, String> roles, Map<String, String> access,
        Map<String, Map<String, String>> matrix, Map<String, View> views,
        Map<String, Map<String, String>> endpoints) {

    /** The cell value that denies. */
    public static final String HIDDEN = "hidden";
    /** Endpoint role key: no token needed. */
    public static final String PUBLIC = "public";
    /** Endpoint view value: the answer has no JSON body. */
    public static final String NO_VIEW = "none";

    public RoleViewPolicy {
        endpoints = endpoints == null ? Map.of() : endpoints;
    }

    /**
     * The realm roles that may call {@code operationId} ({@link #PUBLIC} when no token is needed);
     * empty when the policy does not list the operation.
     */
    public Set<String> realmRolesOf(String operationId) {
        Set<String> out = new TreeSet<>();
        endpoints.getOrDefault(operationId, Map.of()).keySet()
                .forEach(role -> out.add(PUBLIC.equals(role) ? PUBLIC : roles.get(role)));
        return out;
    }

    /** One answer record: the role it is for, its Java type, its properties and their matrix items. */
    public record View(String role, String type, Map<String, String> fields, Map<String, List<String>> nested) {
        public View {
            fields = fields == null ? Map.of() : fields;
            nested = nested == null ? Map.of() : nested;
        }

        /** The JSON property names this view may carry. */
        public Set<String> allowedFields() {
            return new TreeSet<>(fields.keySet());
        }

        /** The property names of the nested record (or list element) under {@code field}. */
        public Set<String> allowedNestedFields(String field) {
            return new TreeSet<>(nested.getOrDefault(field, List.of()));
        }
    }

    public View view(String name) {
        View v = views.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no view " + name + " in the role-view policy");
        }
        return v;
    }

    /** Reads and validates a policy; the exception message lists every problem found. */
    public static RoleViewPolicy parse(InputStream in, String source) {
        RoleViewPolicy policy;
        try {
            policy = PolicyFiles.YAML.readValue(in, RoleViewPolicy.class);
        } catch (IOException e) {
            // Jackson's own message names the line and the property; the policy is ours, not user input.
            throw new IllegalStateException("Role-view policy " + source + " cannot be read: " + e.getMessage(), e);
        }
        if (policy == null) {
            throw new IllegalStateException("Role-view policy " + source + " is empty");
        }
        List<String> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Role-view policy " + source + " is invalid:\n - "
                    + String.join("\n - ", problems));
        }
        return policy;
    }

    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (version != 1) {
            out.add("version must be 1, is " + version);
        }
        if (roles == null || roles.isEmpty()) {
            out.add("roles is missing or empty");
        }
        if (access == null || !access.containsKey(HIDDEN)) {
            out.add("access must define '" + HIDDEN + "'");
        }
        if (matrix == null || matrix.isEmpty()) {
            out.add("matrix is missing or empty");
        }
        if (views == null || views.isEmpty()) {
            out.add("views is missing or empty");
        }
        if (!out.isEmpty()) {
            return out;
        }
        matrix.forEach((item, cells) -> {
            Set<String> missing = new TreeSet<>(roles.keySet());
            missing.removeAll(cells == null ? Set.of() : cells.keySet());
            if (!missing.isEmpty()) {
                out.add("matrix item '" + item + "' has no cell for role(s) " + missing);
            }
            if (cells != null) {
                cells.forEach((role, value) -> {
                    if (!roles.containsKey(role)) {
                        out.add("matrix item '" + item + "' names unknown role '" + role + "'");
                    }
                    if (!access.containsKey(value)) {
                        out.add("matrix item '" + item + "' gives role '" + role + "' unknown access '" + value
                                + "' (allowed: " + access.keySet() + ")");
                    }
                });
            }
        });
        views.forEach((name, view) -> checkView(name, view, out));
        endpoints.forEach((operation, allowed) -> checkEndpoint(operation, allowed, out));
        return out;
    }

    private void checkEndpoint(String operation, Map<String, String> allowed, List<String> out) {
        String where = "endpoint '" + operation + "'";
        if (allowed == null || allowed.isEmpty()) {
            out.add(where + " allows no role; remove it or name the roles");
            return;
        }
        allowed.forEach((role, viewName) -> {
            if (PUBLIC.equals(role)) {
                if (allowed.size() > 1) {
                    out.add(where + " is public and also names roles");
                }
                if (!NO_VIEW.equals(viewName) && !views.containsKey(viewName)) {
                    out.add(where + " names unknown view '" + viewName + "'");
                }
                return;
            }
            if (!roles.containsKey(role)) {
                out.add(where + " names unknown role '" + role + "'");
                return;
            }
            if (NO_VIEW.equals(viewName)) {
                return;
            }
            View view = views.get(viewName);
            if (view == null) {
                out.add(where + " names unknown view '" + viewName + "'");
            } else if (!roles.get(role).equals(roles.get(view.role()))) {
                // A view shows what its own role may see; another realm role would see more than allowed.
                out.add(where + " gives role '" + role + "' view '" + viewName + "' of role '" + view.role() + "'");
            }
        });
    }

    private void checkView(String name, View view, List<String> out) {
        String where = "view '" + name + "'";
        if (view.role() == null || !roles.containsKey(view.role())) {
            out.add(where + " names unknown role '" + view.role() + "'");
            return;
        }
        view.fields().forEach((field, item) -> {
            Map<String, String> cells = matrix.get(item);
            if (cells == null) {
                out.add(where + " field '" + field + "' names unknown matrix item '" + item + "'");
            } else if (HIDDEN.equals(cells.get(view.role()))) {
                out.add(where + " field '" + field + "' shows '" + item + "', which is hidden from role '"
                        + view.role() + "'");
            }
        });
        Optional<Class<?>> type = load(view.type());
        if (type.isEmpty() || !type.get().isRecord()) {
            out.add(where + " type '" + view.type() + "' is not a record class of the service");
            return;
        }
        compare(where, type.get(), view.fields().keySet(), out);
        view.nested().forEach((field, names) -> {
            Optional<RecordComponent> component = Arrays.stream(type.get().getRecordComponents())
                    .filter(c -> c.getName().equals(field)).findFirst();
            Optional<Class<?>> nestedType = component.flatMap(RoleViewPolicy::recordTypeOf);
            if (nestedType.isEmpty()) {
                out.add(where + " nested '" + field + "' is not a record (or list of records) property of "
                        + view.type());
            } else {
                compare(where + " nested '" + field + "'", nestedType.get(), new LinkedHashSet<>(names), out);
            }
        });
        for (RecordComponent c : type.get().getRecordComponents()) {
            if (recordTypeOf(c).isPresent() && !view.nested().containsKey(c.getName())) {
                out.add(where + " field '" + c.getName() + "' holds a record; list its properties under nested");
            }
        }
    }

    /** The policy lists exactly the record's properties: none missing, none extra. */
    private static void compare(String where, Class<?> record, Set<String> listed, List<String> out) {
        Set<String> actual = new LinkedHashSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            actual.add(c.getName());
        }
        Set<String> unlisted = new TreeSet<>(actual);
        unlisted.removeAll(listed);
        Set<String> absent = new TreeSet<>(listed);
        absent.removeAll(actual);
        if (!unlisted.isEmpty()) {
            out.add(where + ": " + record.getName() + " has properties the policy does not allow: " + unlisted);
        }
        if (!absent.isEmpty()) {
            out.add(where + ": policy lists properties " + record.getName() + " does not have: " + absent);
        }
    }

    private static Optional<Class<?>> recordTypeOf(RecordComponent c) {
        if (c.getType().isRecord()) {
            return Optional.of(c.getType());
        }
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return Optional.of(element);
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> load(String name) {
        if (name == null || !name.startsWith("org.sealedintake.")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
