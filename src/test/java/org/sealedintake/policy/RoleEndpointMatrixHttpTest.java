package org.sealedintake.policy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ContractFilter;
import org.sealedintake.support.Tokens;

/**
 * Every operation of the served OpenAPI document, called as every role (a demo user per role of the
 * policy) and without a token: refused with 403 exactly when the endpoints table of
 * policies/role-views.yaml does not admit the role, never 401/403 when it does, and every 2xx JSON
 * answer carries no property outside the view the table gives that role.
 */
@QuarkusTest
class RoleEndpointMatrixHttpTest {
    /** A demo user of the realm file for each policy role. */
    static final Map<String, String> USER_OF_POLICY_ROLE = new LinkedHashMap<>();
    static {
        USER_OF_POLICY_ROLE.put("reporter", "reporter-a");
        USER_OF_POLICY_ROLE.put("creator", "creator");
        USER_OF_POLICY_ROLE.put("trusted-flagger", "trusted-flagger");
        USER_OF_POLICY_ROLE.put("moderator", "moderator");
        USER_OF_POLICY_ROLE.put("senior-moderator", "senior-moderator");
        USER_OF_POLICY_ROLE.put("child-safety", "child-safety");
        USER_OF_POLICY_ROLE.put("auditor", "auditor");
        USER_OF_POLICY_ROLE.put("approver", "approver-1");
        USER_OF_POLICY_ROLE.put("admin", "admin");
    }

    @Inject
    RoleViewPolicies policies;

    private final ObjectMapper mapper = new ObjectMapper();
    /** Path prefix -> the value of its first path parameter: real objects, so allowed calls can answer 2xx. */
    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> checkedAnswers = new TreeSet<>();

    @BeforeEach
    void realObjects() {
        String reportId = given().auth().oauth2(Tokens.of("reporter-a")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","targetAccount":"creator",
                         "description":"Insults under every post","involvesMinor":false,"victim":{"type":"SELF"}}"""
                        .formatted(UUID.randomUUID()))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
        String unsealId = given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body(Map.of("reportId", reportId, "legalBasis", "COURT_ORDER", "reference", "matrix-" + reportId,
                        "justification", "Court order 4711 requires the identity of the reporter of this report."))
                .post("/v1/unseal-requests").then().statusCode(202).extract().path("id");
        // Approved by another approver first, so the auditor's execute can answer 200 with the identity view.
        given().auth().oauth2(Tokens.of("approver-2")).contentType(ContentType.JSON).body("{}")
                .post("/v1/unseal-requests/" + unsealId + "/approve").then().statusCode(200);
        fixtures.put("/v1/reports/{id}", reportId);
        fixtures.put("/v1/unseal-requests/{id}", unsealId);
    }

    @Test
    void everyOperationAdmitsExactlyThePolicysRolesAndAnswersOnlyTheirViewsFields() throws Exception {
        RoleViewPolicy policy = policies.policy();
        int port = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        JsonNode document = mapper.readTree(ContractFilter.document(port));
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                check(policy, op.getKey().toUpperCase(), path.getKey(), op.getValue());
            }
        }
        assertTrue(operations >= 14, "the document lists the API's operations: " + operations);
        assertEquals(List.of(), problems);
        // Without real answers the field comparison would prove nothing.
        assertTrue(checkedAnswers.size() >= 8, "2xx answers compared with their views: " + checkedAnswers);
    }

    private void check(RoleViewPolicy policy, String method, String template, JsonNode op) {
        String operationId = op.path("operationId").asText();
        Map<String, String> table = policy.endpoints().get(operationId);
        if (table == null) {
            problems.add(operationId + " is not in the endpoints table");
            return;
        }
        Set<String> admitted = policy.realmRolesOf(operationId);
        boolean isPublic = admitted.contains(RoleViewPolicy.PUBLIC);

        Response anonymous = send(method, template, op, null);
        if (!isPublic && anonymous.statusCode() != 401) {
            problems.add(operationId + " without a token answered " + anonymous.statusCode());
        }
        for (Map.Entry<String, String> user : USER_OF_POLICY_ROLE.entrySet()) {
            String token = Tokens.of(user.getValue());
            List<String> realmRoles = Tokens.claims(token).getList("realm_access.roles");
            boolean allowed = isPublic || realmRoles.stream().anyMatch(admitted::contains);
            Response r = send(method, template, op, token);
            String who = operationId + " as " + user.getKey() + " (" + user.getValue() + ")";
            if (!allowed) {
                if (r.statusCode() != 403 || !r.contentType().startsWith("application/problem+json")) {
                    problems.add(who + ": policy refuses, service answered " + r.statusCode());
                }
                continue;
            }
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                problems.add(who + ": policy admits, service answered " + r.statusCode());
                continue;
            }
            if (r.statusCode() / 100 == 2 && r.contentType() != null && r.contentType().startsWith("application/json")) {
                String viewName = isPublic ? table.get(RoleViewPolicy.PUBLIC) : viewFor(policy, table, user.getKey(), realmRoles);
                if (RoleViewPolicy.NO_VIEW.equals(viewName)) {
                    continue;
                }
                compare(who, policy.view(viewName), r.asString());
                checkedAnswers.add(operationId);
            }
        }
    }

    /** The view of the table's role that is this user's own policy role, or shares one of its realm roles. */
    private static String viewFor(RoleViewPolicy policy, Map<String, String> table, String policyRole, List<String> realmRoles) {
        if (table.containsKey(policyRole)) {
            return table.get(policyRole);
        }
        return table.entrySet().stream().filter(e -> realmRoles.contains(policy.roles().get(e.getKey())))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private void compare(String who, RoleViewPolicy.View view, String body) {
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (Exception e) {
            problems.add(who + ": answer is not JSON");
            return;
        }
        List<JsonNode> records = new ArrayList<>();
        if (json.isObject() && json.has("items") && json.has("total")) {
            Set<String> pageKeys = fieldNames(json);
            if (!pageKeys.equals(Set.of("items", "page", "size", "total"))) {
                problems.add(who + ": page carries " + pageKeys);
            }
            json.get("items").forEach(records::add);
        } else {
            records.add(json);
        }
        for (JsonNode record : records) {
            Set<String> extra = fieldNames(record);
            extra.removeAll(view.allowedFields());
            if (!extra.isEmpty()) {
                problems.add(who + ": fields outside view " + view.type() + ": " + extra);
            }
            view.nested().forEach((field, allowed) -> {
                JsonNode nested = record.path(field);
                List<JsonNode> elements = new ArrayList<>();
                if (nested.isArray()) {
                    nested.forEach(elements::add);
                } else if (nested.isObject()) {
                    elements.add(nested);
                }
                for (JsonNode element : elements) {
                    Set<String> extraNested = fieldNames(element);
                    extraNested.removeAll(allowed);
                    if (!extraNested.isEmpty()) {
                        problems.add(who + ": fields outside view under " + field + ": " + extraNested);
                    }
                }
            });
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private Response send(String method, String template, JsonNode op, String token) {
        RequestSpecification r = given().urlEncodingEnabled(false);
        if (token != null) {
            r.auth().oauth2(token);
        }
        for (JsonNode p : op.path("parameters")) {
            if ("header".equals(p.path("in").asText())) {
                r.header(p.get("name").asText(), UUID.randomUUID().toString());
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            r.contentType(ContentType.JSON).body(example(content.get("application/json")));
        } else if (content.has("multipart/form-data")) {
            // Media types are matched before roles are checked: send a real upload.
            r.multiPart("file", "matrix.png", tinyPng(), "image/png");
        }
        return r.request(method, resolve(template));
    }

    private static byte[] tinyPng() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String resolve(String template) {
        String uri = template;
        for (Map.Entry<String, String> f : fixtures.entrySet()) {
            if (uri.startsWith(f.getKey())) {
                uri = f.getValue() == null ? uri : uri.replace(f.getKey(), f.getKey().replace("{id}", f.getValue()));
            }
        }
        return uri.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The request body example of the document (with fixture ids where the example names an object). */
    private String example(JsonNode mediaType) {
        JsonNode example = mediaType.path("example");
        if (example.isMissingNode() && mediaType.has("examples")) {
            Iterator<JsonNode> all = mediaType.get("examples").elements();
            example = all.hasNext() ? all.next().path("value") : example;
        }
        if (example.isMissingNode()) {
            return "{}";
        }
        String text = example.isTextual() ? example.asText() : example.toString();
        Function<String, String> withReport = s -> s.replaceAll(
                "\"reportId\"\\s*:\\s*\"[0-9a-f-]{36}\"", "\"reportId\":\"" + fixtures.get("/v1/reports/{id}") + "\"");
        return withReport.apply(text);
    }
}
