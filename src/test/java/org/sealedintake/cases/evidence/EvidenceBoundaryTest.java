package org.sealedintake.cases.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.cases.evidence.EvidenceCaptureTest.path;
import static org.sealedintake.cases.evidence.EvidenceCaptureTest.platform;
import static org.sealedintake.cases.evidence.EvidenceCaptureTest.requestsFor;
import static org.sealedintake.cases.evidence.EvidenceCaptureTest.stubItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestClock;
import org.sealedintake.support.Tokens;

/**
 * From the attacker's chair: what the platform learns when evidence is captured, what two workers or
 * an expired lease can do, and what the runtime role can do to kept evidence.
 */
@QuarkusTest
@TestProfile(PlatformStub.Profile.class)
class EvidenceBoundaryTest {
    /** Headers the JDK client sends on its own, plus the two the contract names. */
    private static final Set<String> ALLOWED_HEADERS = Set.of("host", "user-agent", "accept", "authorization",
            "connection", "content-length");

    @Inject
    EvidenceService evidence;
    @Inject
    EvidenceCaptureJob worker;
    @Inject
    EvidenceCaptureService rows;
    @Inject
    TestClock clock;

    private final String prefix = "post:evb-" + UUID.randomUUID().toString().substring(0, 13) + "-";

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void request(String ref) {
        QuarkusTransaction.requiringNew().run(() -> evidence.requestCapture(ref));
    }

    @Test
    void twoWorkersRunningAtOnceCaptureEachItemOnce() throws Exception {
        List<String> refs = List.of(prefix + "a", prefix + "b", prefix + "c", prefix + "d");
        for (String ref : refs) {
            stubItem(ref, "pa-race", "PUBLIC", "text/plain", ("item " + ref).getBytes(StandardCharsets.UTF_8));
            // Slow metadata, so both workers are inside a run at the same time.
            platform().stubFor(WireMock.get(WireMock.urlPathEqualTo(path(ref))).willReturn(WireMock.okJson("""
                    {"ref":"%s","ownerAccountId":"pa-race","visibility":"PUBLIC","mediaType":"text/plain"}""".formatted(ref))
                    .withFixedDelay(300)));
            request(ref);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EvidenceCaptureJob.CaptureRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return worker.captureDue(prefix);
                }));
            }
            go.countDown();
            int captured = 0;
            for (var r : runs) {
                captured += r.get().captured();
            }
            assertEquals(refs.size(), captured, "every item captured, by one worker or the other; last errors: "
                    + refs.stream().map(r -> Db.count("select count(*) from evidence where canonical_ref = ? and last_error is not null", r)).toList());
        } finally {
            pool.shutdownNow();
        }
        for (String ref : refs) {
            assertEquals(2, requestsFor(ref), "one metadata and one bytes request for " + ref);
            assertEquals(EvidenceStatus.CAPTURED, evidence.snapshotFor(ref).orElseThrow().status());
        }
    }

    @Test
    void aWorkerWhoseLeaseRanOutCannotCompleteOverTheWorkerThatTookTheRowOver() {
        String ref = prefix + "lease";
        request(ref);
        var slow = rows.claimDue(clock.instant(), ref, 10, Duration.ofSeconds(30)).get(0);
        assertTrue(rows.claimDue(clock.instant(), ref, 10, Duration.ofSeconds(30)).isEmpty(), "held while leased");
        clock.advance(Duration.ofSeconds(31));
        var next = rows.claimDue(clock.instant(), ref, 10, Duration.ofSeconds(30)).get(0);

        var late = new FetchOutcome.Fetched("pa-stale", "PUBLIC", "text/plain", new byte[] { 1 }, false, "00");
        assertFalse(rows.captured(slow, late, clock.instant()), "the stale worker's result is discarded");
        assertFalse(rows.failed(slow, "TIMEOUT", true, clock.instant()), "nor can it fail the row");
        var fresh = new FetchOutcome.Fetched("pa-fresh", "PUBLIC", "text/plain", new byte[] { 2 }, false, "11");
        assertTrue(rows.captured(next, fresh, clock.instant()));
        assertFalse(rows.captured(next, fresh, clock.instant()), "a claim completes once");
        assertEquals("pa-fresh", evidence.snapshotFor(ref).orElseThrow().ownerAccountId());
        assertEquals(2, evidence.snapshotFor(ref).orElseThrow().attempts());
    }

    @Test
    void thePlatformIsAskedForTheContentReferenceAndNothingAboutTheReportOrReporter() {
        String ref = prefix + "private-q";
        String description = "Quiet description " + UUID.randomUUID();
        String token = Tokens.of("reporter-a");
        String subject = Tokens.claims(token).getString("sub");
        String accountId = Tokens.claims(token).getString("platform_account_id");
        String reportId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"%s","targetAccount":"creator",
                         "description":"%s","involvesMinor":false,"victim":{"type":"SELF"}}""".formatted(ref, description))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
        // What cases do in the intake transaction once they are wired in.
        request(ref);
        stubItem(ref, "pa-200001", "PUBLIC", "text/plain", "the post".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, worker.captureDue(prefix).captured());

        List<LoggedRequest> asked = platform().findAll(WireMock.anyRequestedFor(WireMock.urlMatching("/platform/content/"
                + java.util.regex.Pattern.quote(ref) + ".*")));
        assertEquals(2, asked.size());
        List<String> secrets = List.of(subject, accountId, "reporter-a", reportId, description, token,
                "Quiet description");
        for (LoggedRequest r : asked) {
            assertEquals("GET", r.getMethod().value());
            assertTrue(Set.of(path(ref), path(ref) + "/bytes").contains(r.getUrl()), "only the reference, no query: " + r.getUrl());
            assertEquals(0, r.getBody().length, "no body");
            for (HttpHeader h : r.getHeaders().all()) {
                assertTrue(ALLOWED_HEADERS.contains(h.key().toLowerCase(Locale.ROOT)), "unexpected header " + h.key());
                for (String value : h.values()) {
                    for (String s : secrets) {
                        assertFalse(value.contains(s), "header " + h.key() + " carries reporter or report data");
                    }
                }
            }
            assertEquals("Bearer " + PlatformStub.SERVICE_TOKEN, r.getHeader("Authorization"),
                    "the service's own platform credential, never the reporter's token");
        }
    }

    @Test
    void theRuntimeRoleCannotDeleteOrRewriteKeptEvidence() {
        String ref = prefix + "keep";
        stubItem(ref, "pa-keep", "PUBLIC", "text/plain", "kept".getBytes(StandardCharsets.UTF_8));
        request(ref);
        assertEquals(1, worker.captureDue(prefix).captured());
        assertThrows(IllegalStateException.class, () -> Db.executeAsRuntimeRole("delete from evidence_item where canonical_ref = ?", ref));
        assertThrows(IllegalStateException.class, () -> Db.executeAsRuntimeRole("delete from evidence where canonical_ref = ?", ref));
        assertThrows(IllegalStateException.class,
                () -> Db.executeAsRuntimeRole("update evidence_item set item = ? where canonical_ref = ?", new byte[] { 1 }, ref));
        assertEquals("kept", new String(evidence.bytesFor(ref).orElseThrow().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void evidenceCopiedOntoAnotherReferenceDoesNotDecryptThere() {
        String real = prefix + "real";
        String other = prefix + "other";
        stubItem(real, "pa-real", "PUBLIC", "text/plain", "real item".getBytes(StandardCharsets.UTF_8));
        stubItem(other, "pa-other", "PUBLIC", "text/plain", "other item".getBytes(StandardCharsets.UTF_8));
        request(real);
        request(other);
        assertEquals(2, worker.captureDue(prefix).captured());
        // Someone with write access to the tables (not the runtime role) swaps ciphertexts between rows.
        try (var c = org.sealedintake.support.TestEnvironment.ownerConnection(); var s = c.createStatement()) {
            s.executeUpdate("update evidence set details = (select details from evidence where canonical_ref = '" + real
                    + "') where canonical_ref = '" + other + "'");
            s.executeUpdate("update evidence_item set item = (select item from evidence_item where canonical_ref = '" + real
                    + "') where canonical_ref = '" + other + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThrows(IllegalStateException.class, () -> evidence.snapshotFor(other), "details bound to their reference");
        assertThrows(IllegalStateException.class, () -> evidence.bytesFor(other), "bytes bound to their reference");
        assertEquals("pa-real", evidence.snapshotFor(real).orElseThrow().ownerAccountId());
    }
}
