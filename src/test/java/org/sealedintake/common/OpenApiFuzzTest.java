package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ContractFilter;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/**
 * For every operation of the served OpenAPI document, sends requests built from the operation's
 * schema and then broken one way each (wrong types, lengths past the bounds, control characters,
 * huge and negative numbers, null for required members, unknown members, bodies that are not the
 * document's shape, unparseable parameters and headers), as a caller holding the operation's role.
 * Every one must be refused with a 4xx problem+json, none may reach a 5xx, and no business table
 * may gain a row. New operations are covered as soon as they are in the document.
 */
@QuarkusTest
class OpenApiFuzzTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] BUSINESS_TABLES = { "report", "sealed_identity", "report_owner_proof", "owner_pointer",
            "attachment", "attachment_blob", "attachment_owner_proof", "idempotency_record", "quota_window",
            "unseal_request", "unseal_approval", "report_message", "notice", "appeal",
            "moderation_case", "case_report", "case_note", "case_decision" };
    private static final Map<String, String> USER_OF_ROLE = Map.of(Roles.USER, "reporter-a", Roles.AUDITOR, "auditor",
            Roles.APPROVER, "approver-1", Roles.MODERATOR, "moderator", Roles.SENIOR_MODERATOR, "senior-moderator",
            Roles.CHILD_SAFETY, "child-safety", Roles.ADMIN, "admin", Roles.TRUSTED_FLAGGER, "trusted-flagger");

    private final ObjectMapper mapper = new ObjectMapper();
    private JsonNode document;
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void everyOperationRefusesBrokenInputWithProblemJsonAndWritesNothing() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        document = mapper.readTree(ContractFilter.document(port));
        Map<String, Long> before = Db.counts(BUSINESS_TABLES);
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                fuzz(op.getKey().toUpperCase(), path.getKey(), op.getValue());
                operations++;
            }
        }
        assertTrue(operations >= 11, "the document lists the API's operations");
        assertTrue(sent > 300, "enough requests were sent: " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " broken requests were not refused properly:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(before, Db.counts(BUSINESS_TABLES), "no broken request may write a row");
    }

    private void fuzz(String method, String template, JsonNode op) {
        String token = tokenFor(op);
        Map<String, JsonNode> pathParams = new LinkedHashMap<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        Map<String, JsonNode> headerParams = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode schema = resolve(p.get("schema"));
            switch (p.get("in").asText()) {
                case "path" -> pathParams.put(p.get("name").asText(), schema);
                case "query" -> queryParams.put(p.get("name").asText(), schema);
                case "header" -> headerParams.put(p.get("name").asText(), schema);
                default -> { }
            }
        }
        Map<String, String> validPath = new LinkedHashMap<>();
        pathParams.forEach((k, s) -> validPath.put(k, UUID.randomUUID().toString()));
        Map<String, String> validQuery = new LinkedHashMap<>();
        Map<String, String> validHeaders = new LinkedHashMap<>();
        headerParams.forEach((k, s) -> validHeaders.put(k, UUID.randomUUID().toString()));
        JsonNode content = op.path("requestBody").path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode bodySchema = mediaType == null ? null : resolve(content.get(mediaType).get("schema"));

        // Parameters: each broken on its own, the rest valid.
        for (Map.Entry<String, JsonNode> p : pathParams.entrySet()) {
            for (String bad : new String[] { "not-a-uuid", "%00", "a%1Bb", "a".repeat(300), "-1", "99999999999999999999" }) {
                Map<String, String> path = new LinkedHashMap<>(validPath);
                path.put(p.getKey(), bad);
                send(method, template, path, validQuery, validHeaders, token, mediaType, validBody(bodySchema), "path " + p.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> p : queryParams.entrySet()) {
            for (String bad : badParameterValues(p.getValue())) {
                Map<String, String> query = new LinkedHashMap<>(validQuery);
                query.put(p.getKey(), bad);
                send(method, template, validPath, query, validHeaders, token, mediaType, validBody(bodySchema), "query " + p.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> h : headerParams.entrySet()) {
            for (String bad : new String[] { "", " ", "a".repeat(intOr(h.getValue(), "maxLength", 255) + 1), "a b", "\u00e4" }) {
                Map<String, String> headers = new LinkedHashMap<>(validHeaders);
                headers.put(h.getKey(), bad);
                send(method, template, validPath, validQuery, headers, token, mediaType, validBody(bodySchema), "header " + h.getKey());
            }
        }
        if (bodySchema == null) {
            return;
        }
        if (mediaType.startsWith("multipart/")) {
            for (String[] part : new String[][] { { "file", "text/plain", "plain text, not an image" },
                    { "other", "image/png", "x" }, { "file", "image/png", "" }, { "file", "image/png", "\u0000\u0001garbage" } }) {
                sendMultipart(template, validPath, token, part);
            }
            sendRaw(method, template, validPath, validHeaders, token, "multipart/form-data; boundary=zz", "--zz\r\ngarbage");
            sendRaw(method, template, validPath, validHeaders, token, "multipart/form-data", "no boundary");
            sendRaw(method, template, validPath, validHeaders, token, "application/json", "{}");
            return;
        }
        // Bodies: each member broken on its own, then whole bodies of the wrong shape.
        List<Map.Entry<String, JsonNode>> broken = new ArrayList<>();
        breakMembers(bodySchema, "", broken);
        for (Map.Entry<String, JsonNode> b : broken) {
            send(method, template, validPath, validQuery, validHeaders, token, mediaType, b.getValue().toString(), "body " + b.getKey());
        }
        String valid = validBody(bodySchema);
        for (String raw : new String[] { "[]", "\"x\"", "1e400", "{", valid + "x", "{\"a\":" + "[".repeat(3000), "\u0000" }) {
            send(method, template, validPath, validQuery, validHeaders, token, mediaType, raw, "body shape");
        }
        sendRaw(method, template, validPath, validHeaders, token, "text/plain", valid);
    }

    /** The body with one member broken, for every member at every depth. */
    private void breakMembers(JsonNode schema, String at, List<Map.Entry<String, JsonNode>> out) {
        ObjectNode base = (ObjectNode) generate(schema);
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> prop = props.next();
            String name = prop.getKey();
            JsonNode ps = resolve(prop.getValue());
            for (JsonNode bad : badValues(ps, required.contains(name))) {
                ObjectNode body = base.deepCopy();
                body.set(name, bad);
                out.add(Map.entry(at + name, body));
            }
            if ("object".equals(ps.path("type").asText()) && ps.has("properties")) {
                List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
                breakMembers(ps, at + name + ".", nested);
                for (Map.Entry<String, JsonNode> n : nested) {
                    ObjectNode body = base.deepCopy();
                    body.set(name, n.getValue());
                    out.add(Map.entry(n.getKey(), body));
                }
            }
        }
        ObjectNode unknown = base.deepCopy();
        unknown.put("zzUnknownMember", 1);
        out.add(Map.entry(at + "(unknown member)", unknown));
    }

    /** Values the schema refuses. Only kinds Jackson can never coerce (objects, arrays, text for numbers). */
    private static List<JsonNode> badValues(JsonNode s, boolean required) {
        List<JsonNode> bad = new ArrayList<>();
        String type = s.path("type").asText();
        if (required) {
            bad.add(JSON.nullNode());
        }
        switch (type) {
            case "string" -> {
                bad.add(JSON.objectNode());
                bad.add(JSON.arrayNode().add("x"));
                if (s.has("enum") || s.has("format") && s.get("format").asText().equals("uuid")) {
                    bad.add(JSON.textNode("NOT_A_VALUE"));
                    bad.add(JSON.textNode("0"));
                }
                if (s.has("format") && s.get("format").asText().equals("date-time")) {
                    bad.add(JSON.textNode("yesterday"));
                    bad.add(JSON.textNode("99999-99-99T99:99:99Z"));
                }
                if (s.has("maxLength")) {
                    bad.add(JSON.textNode("a".repeat(s.get("maxLength").asInt() + 1)));
                }
                if (s.path("minLength").asInt() > 0 || s.has("pattern") && s.get("pattern").asText().equals("\\S")) {
                    bad.add(JSON.textNode(""));
                }
                if (!s.has("enum") && !s.has("format")) {
                    bad.add(JSON.textNode("a\u0000b"));
                    bad.add(JSON.textNode("a\u001b[31mb"));
                    bad.add(JSON.textNode("a\u0085b"));
                    bad.add(JSON.textNode("\u007f"));
                }
            }
            case "integer", "number" -> {
                bad.add(JSON.textNode("x"));
                bad.add(JSON.objectNode());
                bad.add(JSON.numberNode(new java.math.BigInteger("9".repeat(40))));
                bad.add(JSON.numberNode(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> {
                bad.add(JSON.textNode("x"));
                bad.add(JSON.objectNode());
                bad.add(JSON.arrayNode());
            }
            case "array" -> {
                bad.add(JSON.textNode("x"));
                bad.add(JSON.objectNode());
                ArrayNode tooMany = JSON.arrayNode();
                for (int i = 0; i <= s.path("maxItems").asInt(1000); i++) {
                    tooMany.add(UUID.randomUUID().toString());
                }
                bad.add(tooMany);
                bad.add(JSON.arrayNode().add(JSON.objectNode()));
            }
            case "object" -> {
                bad.add(JSON.textNode("x"));
                bad.add(JSON.arrayNode());
                bad.add(JSON.numberNode(1));
            }
            default -> bad.add(JSON.arrayNode().add(JSON.arrayNode()));
        }
        return bad;
    }

    private static List<String> badParameterValues(JsonNode s) {
        List<String> bad = new ArrayList<>(List.of("%00", "a%1Bb", "%C2%85"));
        if ("integer".equals(s.path("type").asText())) {
            bad.addAll(List.of("abc", "1.5", "1e3", "0x10", "99999999999999999999", "-99999999999",
                    String.valueOf(intOr(s, "maximum", Integer.MAX_VALUE) + 1L), String.valueOf(intOr(s, "minimum", 0) - 1L),
                    "21474837"));
        }
        if (s.has("maxLength")) {
            bad.add("a".repeat(s.get("maxLength").asInt() + 1));
        }
        return bad;
    }

    private JsonNode generate(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        switch (s.path("type").asText("object")) {
            case "string" -> {
                String format = s.path("format").asText();
                if (format.equals("uuid")) {
                    return JSON.textNode(UUID.randomUUID().toString());
                }
                if (format.equals("date-time")) {
                    return JSON.textNode("2030-01-01T00:00:00Z");
                }
                return JSON.textNode("fuzz-" + UUID.randomUUID().toString().substring(0, Math.min(8, Math.max(1, intOr(s, "maxLength", 8) - 5))));
            }
            case "integer", "number" -> {
                return JSON.numberNode(intOr(s, "minimum", 0));
            }
            case "boolean" -> {
                return JSON.booleanNode(false);
            }
            case "array" -> {
                return JSON.arrayNode();
            }
            default -> {
                ObjectNode o = JSON.objectNode();
                for (JsonNode r : s.path("required")) {
                    o.set(r.asText(), generate(s.path("properties").get(r.asText())));
                }
                return o;
            }
        }
    }

    private String validBody(JsonNode schema) {
        return schema == null || schema.has("properties") && schema.path("properties").has("file") ? null : generate(schema).toString();
    }

    private JsonNode resolve(JsonNode s) {
        if (s == null) {
            return JSON.objectNode();
        }
        if (s.has("$ref")) {
            String name = s.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(document.get("components").get("schemas").get(name));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        return s;
    }

    private static int intOr(JsonNode s, String field, int fallback) {
        return s.has(field) ? s.get(field).asInt() : fallback;
    }

    private static String tokenFor(JsonNode op) {
        JsonNode roles = op.path("x-roles");
        return roles.isEmpty() ? null : Tokens.of(USER_OF_ROLE.get(roles.get(0).asText()));
    }

    private void send(String method, String template, Map<String, String> path, Map<String, String> query,
            Map<String, String> headers, String token, String mediaType, String body, String what) {
        RequestSpecification r = given().urlEncodingEnabled(false);
        if (token != null) {
            r.auth().oauth2(token);
        }
        headers.forEach(r::header);
        if (body != null) {
            r.contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        check(r.request(method, uri(template, path, query)), method + " " + template + " [" + what + "]");
    }

    private void sendRaw(String method, String template, Map<String, String> path, Map<String, String> headers,
            String token, String contentType, String body) {
        RequestSpecification r = given().urlEncodingEnabled(false);
        if (token != null) {
            r.auth().oauth2(token);
        }
        headers.forEach(r::header);
        r.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        check(r.request(method, uri(template, path, Map.of())), method + " " + template + " [" + contentType + "]");
    }

    private void sendMultipart(String template, Map<String, String> path, String token, String[] part) {
        RequestSpecification r = given();
        if (token != null) {
            r.auth().oauth2(token);
        }
        r.multiPart(part[0], "upload.bin", part[2].getBytes(StandardCharsets.UTF_8), part[1]);
        check(r.post(uri(template, path, Map.of())), "POST " + template + " [part " + part[0] + " " + part[1] + "]");
    }

    private static String uri(String template, Map<String, String> path, Map<String, String> query) {
        String uri = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            uri = uri.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> p : query.entrySet()) {
            q.append(q.isEmpty() ? "?" : "&").append(p.getKey()).append('=')
                    .append(p.getValue().contains("%") ? p.getValue() : URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        return uri + q;
    }

    private void check(Response answer, String what) {
        sent++;
        int status = answer.statusCode();
        String type = String.valueOf(answer.contentType());
        if (status < 400 || status >= 500) {
            failures.add(what + " -> " + status);
        } else if (!type.startsWith(Problem.MEDIA_TYPE)) {
            failures.add(what + " -> " + status + " " + type);
        } else if (answer.jsonPath().getInt("status") != status || answer.jsonPath().getString("title") == null) {
            failures.add(what + " -> " + status + " without the problem members");
        }
    }
}
