package org.sealedintake.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.sealedintake.intake.attachment.TestImages;
import org.sealedintake.support.Db;
import org.sealedintake.support.LeakScanner;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/**
 * Threat T15, issue 2: after reporters with high-entropy identities upload screenshots (with file
 * names carrying their handles), file, replay, read and list reports (and send a refused one), no column of the application schema and no line of the test
 * log holds any of their token identities or contact handles in any encoding {@link LeakScanner}
 * knows. Runs after every other {@code @QuarkusTest} class (its own profile, {@code @Order} last),
 * so the logs it scans hold all of their output; only the {@code @QuarkusMainTest} command tests,
 * which handle no reporter data, come later.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
@TestProfile(LeakScanTest.RunsLast.class)
class LeakScanTest {
    /**
     * A profile of its own: Quarkus runs each profile's classes together, placed by their first
     * member in the {@code @Order} ordering, so this class comes after every other profile's tests.
     */
    public static class RunsLast implements QuarkusTestProfile {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";

    private static String random(String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Contact handles that cannot occur by chance anywhere else. */
    private static Map<String, String> contact() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("wechat", "wx_" + random(LETTERS + DIGITS, 16));
        c.put("phone", "+86 1" + random("3456789", 1) + random(DIGITS, 9));
        c.put("email", random(LETTERS, 10).toLowerCase() + "." + random(DIGITS, 4) + "@" + random(LETTERS, 8).toLowerCase()
                + ".example");
        c.put("qq", random("123456789", 1) + random(DIGITS, 10));
        return c;
    }

    private static String contactJson(Map<String, String> c) {
        StringBuilder b = new StringBuilder("{");
        c.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        return b.append('}').toString();
    }

    private static String body(String description, Map<String, String> contact, boolean otherVictim, List<String> attachmentIds) {
        String attachments = attachmentIds.stream().map(a -> '"' + a + '"').reduce((x, y) -> x + "," + y).orElse("");
        return """
                {"category":"PERSONAL_INFORMATION_EXPOSURE","targetContentRef":"post:%s","targetAccount":"creator",
                 "description":"%s","involvesMinor":false,"victim":%s,"reporterContact":%s,"attachmentIds":[%s]}"""
                .formatted(UUID.randomUUID(), description,
                        otherVictim ? "{\"type\":\"OTHER\",\"account\":\"victim-account-1\"}" : "{\"type\":\"SELF\"}",
                        contactJson(contact), attachments);
    }

    /** Uploads a screenshot whose file name carries a handle: the name must not be kept anywhere. */
    private static String upload(String token, byte[] image, String fileName) {
        return given().auth().oauth2(token).multiPart("file", fileName, image, "image/png")
                .post("/v1/attachments").then().statusCode(201).extract().path("attachmentId");
    }

    /** Files, replays, reads and lists as {@code user}; returns the values that must never appear. */
    private static Map<String, String> actAs(String user, List<String> reportIds) {
        String token = Tokens.of(user);
        JsonPath claims = Tokens.claims(token);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(user + ".sub", claims.getString("sub"));
        secrets.put(user + ".username", claims.getString("preferred_username"));
        secrets.put(user + ".name", claims.getString("name"));
        secrets.put(user + ".given_name", claims.getString("given_name"));
        secrets.put(user + ".family_name", claims.getString("family_name"));
        secrets.put(user + ".email", claims.getString("email"));

        String[] descriptions = { "Someone posted my home address and my workplace under this post",
                "The same account keeps reposting the address after deletion",
                "A second account now shares the screenshots of the address" };
        for (int i = 0; i < descriptions.length; i++) {
            Map<String, String> c = contact();
            c.forEach((k, v) -> secrets.put(user + ".contact." + k + "." + reportIds.size(), v));
            String key = UUID.randomUUID().toString();
            List<String> attachments = List.of(
                    upload(token, TestImages.png(3 + i, 2), c.get("wechat") + ".png"),
                    upload(token, TestImages.jpeg(4, 3 + i), claims.getString("email") + "-screenshot.jpg"));
            String b = body(descriptions[i], c, i == 1, attachments);
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(b).post("/v1/reports").then().statusCode(201).extract().path("reportId");
            reportIds.add(id);
            // A retry replays; a read and a listing go through the read paths and their audit events.
            given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(b).post("/v1/reports").then().statusCode(201);
            given().auth().oauth2(token).get("/v1/reports/" + id).then().statusCode(200);
        }
        given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(200);
        // A refused submission carrying fresh handles: the refusal path must not keep them either.
        Map<String, String> refused = contact();
        refused.forEach((k, v) -> secrets.put(user + ".refused-contact." + k, v));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("x".repeat(5001), refused, false, List.of())).post("/v1/reports").then().statusCode(400);
        return secrets;
    }

    @Test
    void noReporterIdentityOrContactHandleIsInAnyColumnOrLogLine() throws Exception {
        List<String> reportIds = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.putAll(actAs("reporter-a", reportIds));
        secrets.putAll(actAs("reporter-b", reportIds));
        assertEquals(6, reportIds.size());
        for (String id : reportIds) {
            assertEquals(1, Db.count("select count(*) from sealed_identity where report_id = ?", UUID.fromString(id)),
                    "the identity was processed and sealed");
        }

        LeakScanner scanner = LeakScanner.of(secrets);
        List<LeakScanner.Finding> findings = new ArrayList<>();
        LeakScanner.DatabaseScan db;
        try (Connection c = TestEnvironment.ownerConnection()) {
            db = scanner.scanDatabase(c, "public");
        }
        // The scan really covered the tables that hold reporter data.
        for (String column : List.of("report.sealed_text", "report_owner_proof.proof", "owner_pointer.locator",
                "owner_pointer.sealed_ref", "quota_window.sealed_state", "report.target_content_ref",
                "sealed_identity.ciphertext", "sealed_identity.fingerprint_set", "attachment.media_type",
                "attachment_blob.content", "idempotency_record.key_index",
                "idempotency_record.body_fingerprint", "audit_event.actor", "audit_event.purpose")) {
            assertTrue(db.columns().contains(column), "not scanned: " + column);
        }
        assertTrue(db.values() > 6 * 5, "too few values scanned: " + db.values());
        findings.addAll(db.findings());

        Path target = Path.of(System.getProperty("sealedtest.project.dir", "."), "target");
        Path log = target.resolve("quarkus-test.log");
        assertTrue(Files.size(log) > 0, "the test log exists and has content");
        findings.addAll(scanner.scanFile(log));
        // The log file starts afresh with each application start; the console output of every
        // earlier test class (every start, every profile) is kept by surefire, one file per class.
        List<Path> outputs;
        try (var files = Files.list(target.resolve("surefire-reports"))) {
            outputs = files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).toList();
        }
        assertTrue(outputs.stream().anyMatch(f -> f.getFileName().toString().contains("ApiModeTest")),
                "the output of the api-mode tests, which run under another profile, is scanned too");
        for (Path output : outputs) {
            findings.addAll(scanner.scanFile(output));
        }

        assertEquals(List.of(), findings, "reporter identities or handles found (values withheld)");
    }
}
