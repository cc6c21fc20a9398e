package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/** The Idempotency-Key contract of POST /v1/reports (api-and-roles.md). */
@QuarkusTest
class IdempotencyTest {
    @Inject
    BlindIndex blindIndex;

    /** Writes a claim of {@code key} for reporter-a as if another request held it since {@code claimedAt}. */
    private void claimAsAnotherRequest(String key, Instant claimedAt) throws Exception {
        var claims = Tokens.claims(Tokens.of("reporter-a"));
        byte[] keyIndex = blindIndex.of(BlindIndex.Domain.IDEMPOTENCY_KEY,
                new Caller(claims.getString("iss"), claims.getString("sub"), "reporter-a", null, null)
                        .accountKey(key.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = TestEnvironment.ownerConnection(); PreparedStatement s = c.prepareStatement(
                "insert into idempotency_record (key_index, body_fingerprint, claimed_at, expires_at) values (?, ?, ?, ?)")) {
            s.setBytes(1, keyIndex);
            // Random, as a real body fingerprint: UnlinkableStorageTest finds repeated values in the shared database.
            byte[] bodyFingerprint = new byte[32];
            new java.security.SecureRandom().nextBytes(bodyFingerprint);
            s.setBytes(2, bodyFingerprint);
            s.setTimestamp(3, Timestamp.from(claimedAt));
            s.setTimestamp(4, Timestamp.from(claimedAt.plus(Duration.ofHours(24))));
            s.executeUpdate();
        }
    }

    @Test
    void aKeyWhoseFirstRequestIsStillInFlightIsRefusedWith409AndFilesNothing() throws Exception {
        String target = "post:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        claimAsAnotherRequest(key, Instant.now());
        Map<String, Long> before = Db.intakeCounts();

        post("reporter-a", key, body(target, "Threatening messages")).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/idempotency-in-flight"));

        assertEquals(before, Db.intakeCounts());
        // The same key of another reporter is another key.
        post("reporter-b", key, body(target, "Threatening messages")).then().statusCode(201);
    }

    @Test
    void aClaimWhoseHolderDiedNoLongerBlocksItsKey() throws Exception {
        String target = "post:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        claimAsAnotherRequest(key, Instant.now().minus(Duration.ofMinutes(3)));

        post("reporter-a", key, body(target, "Threatening messages")).then().statusCode(201);
        assertEquals(1, reportsFor(target));
    }

    private static String body(String target, String description) {
        return """
                {"category":"THREAT","targetContentRef":"%s","description":"%s","involvesMinor":false,
                 "victim":{"type":"OTHER","account":"victim-account"}}""".formatted(target, description);
    }

    private static Response post(String user, String key, String body) {
        var spec = given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post("/v1/reports");
    }

    private static long reportsFor(String target) {
        return Db.count("select count(*) from report where target_content_ref = ?", target);
    }

    @Test
    void refusesASubmissionWithoutKeyWith400ProblemAndFilesNothing() {
        String target = "post:" + UUID.randomUUID();
        Map<String, Long> before = Db.intakeCounts();
        post("reporter-a", null, body(target, "Threatening messages")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/idempotency-key-missing"));
        post("reporter-a", "   ", body(target, "Threatening messages")).then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(before, Db.intakeCounts());
    }

    @Test
    void sameKeyAndSameBodyReplaysTheFirstReceipt() {
        String target = "post:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post("reporter-a", key, body(target, "Threatening messages"));
        assertEquals(201, first.statusCode());
        // The same content with properties in another order and other spacing is the same request.
        String reordered = """
                {"victim":{"account":"victim-account","type":"OTHER"},  "involvesMinor":false,
                "description":"Threatening messages","targetContentRef":"%s","category":"THREAT"}""".formatted(target);
        Response second = post("reporter-a", key, reordered);

        assertEquals(201, second.statusCode());
        assertEquals("true", second.header("Idempotent-Replayed"));
        assertEquals("false", first.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getMap(""), second.jsonPath().getMap(""), "the whole receipt is replayed");
        assertEquals(1, reportsFor(target));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefusedWith422AndFilesNothing() {
        String target = "post:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String reportId = post("reporter-a", key, body(target, "Threatening messages")).then().statusCode(201)
                .extract().path("reportId");
        Map<String, Long> before = Db.intakeCounts();

        post("reporter-a", key, body(target, "Threatening messages, and more")).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://sealed-intake.example/problems/idempotency-key-reused"));

        assertEquals(before, Db.intakeCounts());
        // The key still answers with the first report.
        post("reporter-a", key, body(target, "Threatening messages")).then().statusCode(201)
                .body("reportId", equalTo(reportId));
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyFileExactlyOneReport() throws Exception {
        String target = "post:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = body(target, "Threatening messages sent twenty times at once");
        String token = Tokens.of("reporter-a");
        int n = 20;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .header("Idempotency-Key", key).body(body).post("/v1/reports");
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<String> ids = new ArrayList<>();
            int inFlight = 0;
            for (Future<Response> f : futures) {
                Response r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    ids.add(r.jsonPath().getString("reportId"));
                } else {
                    assertEquals(409, r.statusCode(), "only 201 or 409 in flight: " + r.body().asString());
                    assertEquals("application/problem+json", r.contentType());
                    assertEquals("https://sealed-intake.example/problems/idempotency-in-flight",
                            r.jsonPath().getString("type"));
                    inFlight++;
                }
            }
            assertTrue(ids.size() >= 1, "at least the winner gets its receipt");
            assertEquals(n, ids.size() + inFlight);
            assertEquals(1, ids.stream().distinct().count(), "every 201 names the same report");
            assertEquals(1, reportsFor(target), "exactly one report row");
            assertEquals(1, Db.count("select count(*) from sealed_identity where report_id = ?", UUID.fromString(ids.get(0))));
        } finally {
            pool.shutdownNow();
        }
        // After the dust settles, a retry replays the one report.
        post("reporter-a", key, body).then().statusCode(201);
        assertEquals(1, reportsFor(target));
    }

    @Test
    void anotherReporterReusingTheKeyAndBodyGetsASeparateReportOfTheirOwn() {
        String target = "post:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = body(target, "Threatening messages");
        Response ofA = post("reporter-a", key, body);
        assertEquals(201, ofA.statusCode());
        String idA = ofA.jsonPath().getString("reportId");

        Response ofB = post("reporter-b", key, body);

        assertEquals(201, ofB.statusCode());
        assertEquals("false", ofB.header("Idempotent-Replayed"), "B's request is new, not a replay of A's");
        String idB = ofB.jsonPath().getString("reportId");
        assertNotEquals(idA, idB);
        assertNotEquals(ofA.jsonPath().getString("receivedAt"), ofB.jsonPath().getString("receivedAt"));
        assertEquals(2, reportsFor(target));
        // B owns the new report and nothing of A's; A's key still answers with A's report.
        given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + idB).then().statusCode(200);
        given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + idA).then().statusCode(404);
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/" + idB).then().statusCode(404);
        post("reporter-a", key, body).then().statusCode(201).body("reportId", equalTo(idA));
        post("reporter-b", key, body).then().statusCode(201).body("reportId", equalTo(idB));
    }
}
