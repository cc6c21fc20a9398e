package org.sealedintake.cases.evidence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestClock;

/**
 * Evidence capture against an in-process WireMock playing the platform (PlatformStub): what is kept,
 * how failures are retried, and that what was kept outlives the item on the platform. Every test uses
 * its own reference prefix and captures only those rows, so other tests' evidence is left alone.
 */
@QuarkusTest
@TestProfile(PlatformStub.Profile.class)
class EvidenceCaptureTest {
    @Inject
    EvidenceService evidence;
    @Inject
    EvidenceCaptureJob worker;
    @Inject
    CapturedEvents events;
    @Inject
    TestClock clock;

    private final String prefix = "post:ev-" + UUID.randomUUID().toString().substring(0, 13) + "-";

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static WireMockServer platform() {
        return PlatformStub.server;
    }

    static String path(String ref) {
        return "/platform/content/" + ref;
    }

    static void stubItem(String ref, String owner, String visibility, String mediaType, byte[] bytes) {
        platform().stubFor(get(urlPathEqualTo(path(ref))).willReturn(okJson("""
                {"ref":"%s","ownerAccountId":"%s","visibility":"%s","mediaType":"%s","createdAt":"2026-11-01T00:00:00Z"}"""
                .formatted(ref, owner, visibility, mediaType))));
        platform().stubFor(get(urlPathEqualTo(path(ref) + "/bytes"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", mediaType).withBody(bytes)));
    }

    static void stubStatus(String ref, int status) {
        platform().stubFor(get(urlPathEqualTo(path(ref))).willReturn(aResponse().withStatus(status)));
        platform().stubFor(get(urlPathEqualTo(path(ref) + "/bytes")).willReturn(aResponse().withStatus(status)));
    }

    static int requestsFor(String ref) {
        return platform().findAll(getRequestedFor(urlPathMatching("/platform/content/" + ref.replace(".", "\\.")
                + "(/bytes)?"))).size();
    }

    void request(String ref) {
        QuarkusTransaction.requiringNew().run(() -> evidence.requestCapture(ref));
    }

    EvidenceCaptureJob.CaptureRun capture() {
        return worker.captureDue(prefix);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static byte[] marked(String marker, int size) {
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = m[i % m.length];
        }
        return out;
    }

    /** Every value of the evidence rows of {@code ref}, as an owner-role dump shows them (bytes as hex). */
    static String dumpOf(String ref) {
        StringBuilder out = new StringBuilder();
        for (String table : new String[] { "evidence", "evidence_item" }) {
            try (var c = org.sealedintake.support.TestEnvironment.ownerConnection();
                    var s = c.prepareStatement("select * from " + table + " where canonical_ref = ?")) {
                s.setString(1, ref);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            out.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('\n');
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void capturedItemKeepsBytesHashAndOwnerEncryptedAndAnnouncesTheOwnerAfterCommit() throws Exception {
        String ref = prefix + "1";
        String owner = "pa-owner-" + UUID.randomUUID();
        String marker = "EVIDENCE-PLAINTEXT-" + UUID.randomUUID();
        byte[] bytes = marked(marker, 20_000);
        stubItem(ref, owner, "PUBLIC", "image/png", bytes);

        request(ref);
        EvidenceSnapshot pending = evidence.snapshotFor(ref).orElseThrow();
        assertEquals(EvidenceStatus.PENDING, pending.status());
        assertNull(pending.ownerAccountId());
        assertEquals(0, requestsFor(ref), "nothing is asked inside the intake transaction");

        assertEquals(new EvidenceCaptureJob.CaptureRun(1, 1, 0, 0, 0), capture());

        EvidenceSnapshot s = evidence.snapshotFor(ref).orElseThrow();
        assertEquals(EvidenceStatus.CAPTURED, s.status());
        assertEquals(owner, s.ownerAccountId());
        assertEquals("image/png", s.mediaType());
        assertEquals(20_000L, s.sizeBytes());
        assertEquals(sha256(bytes), s.sha256());
        assertFalse(s.truncated());
        assertEquals("PUBLIC", s.visibilityAtCapture());
        assertNotNull(s.capturedAt());
        assertNull(s.nextAttemptAt());
        EvidenceBytes kept = evidence.bytesFor(ref).orElseThrow();
        assertArrayEquals(bytes, kept.bytes());
        assertEquals(sha256(bytes), kept.sha256());

        assertEquals(1, events.of(ref).size(), "announced once");
        EvidenceCaptured e = events.of(ref).get(0);
        assertEquals(owner, e.ownerAccountId());
        assertEquals(s.capturedAt(), e.capturedAt());
        assertTrue(events.seen.stream().filter(x -> x.event().canonicalRef().equals(ref)).allMatch(CapturedEvents.Seen::committed),
                "observers learn of the capture only after it committed");

        String dump = dumpOf(ref);
        assertTrue(dump.contains(ref), "the dump was read");
        for (String secret : new String[] { owner, sha256(bytes), marker }) {
            assertFalse(dump.contains(secret), "in plaintext in the dump: " + secret);
            assertFalse(dump.contains(hex(secret)), "in plaintext (bytes) in the dump: " + secret);
        }
        assertFalse(dump.contains(HexFormat.of().formatHex(Arrays.copyOf(bytes, 64))), "item bytes in plaintext");
        assertFalse(dump.contains("PUBLIC"), "the visibility at capture is inside the encrypted details");
    }

    @Test
    void platformDownLeavesCapturePendingAndRetriesWithBackoffUntilCaptured() throws Exception {
        String ref = prefix + "down";
        request(ref);
        stubStatus(ref, 503);

        Instant before = clock.instant();
        assertEquals(new EvidenceCaptureJob.CaptureRun(1, 0, 0, 1, 0), capture());
        EvidenceSnapshot first = evidence.snapshotFor(ref).orElseThrow();
        assertEquals(EvidenceStatus.PENDING, first.status());
        assertEquals(1, first.attempts());
        assertLastError(ref, "HTTP_503");
        // First wait: 10 s with equal jitter, so between 5 and 10 s.
        assertBetween(first.nextAttemptAt(), before.plusSeconds(5), clock.instant().plusSeconds(10));

        assertEquals(0, capture().claimed(), "not due before its backoff");
        assertEquals(1, requestsFor(ref));

        platform().stubFor(get(urlPathEqualTo(path(ref))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        clock.advance(Duration.ofSeconds(10));
        before = clock.instant();
        assertEquals(new EvidenceCaptureJob.CaptureRun(1, 0, 0, 1, 0), capture());
        EvidenceSnapshot second = evidence.snapshotFor(ref).orElseThrow();
        assertEquals(2, second.attempts());
        assertLastError(ref, "IO");
        // Second wait doubled: between 10 and 20 s.
        assertBetween(second.nextAttemptAt(), before.plusSeconds(10), clock.instant().plusSeconds(20));

        byte[] bytes = "the post as it was".getBytes(StandardCharsets.UTF_8);
        stubItem(ref, "pa-owner-down", "PUBLIC", "text/plain", bytes);
        clock.advance(Duration.ofSeconds(20));
        assertEquals(new EvidenceCaptureJob.CaptureRun(1, 1, 0, 0, 0), capture());
        EvidenceSnapshot done = evidence.snapshotFor(ref).orElseThrow();
        assertEquals(EvidenceStatus.CAPTURED, done.status());
        assertEquals(3, done.attempts());
        assertEquals(sha256(bytes), done.sha256());
        assertLastError(ref, null);
    }

    @Test
    void aPlatformThatDoesNotAnswerInTimeIsATimeoutAndRetried() {
        String ref = prefix + "slow";
        request(ref);
        platform().stubFor(get(urlPathEqualTo(path(ref))).willReturn(okJson("{}").withFixedDelay(9_000)));
        long t0 = System.nanoTime();
        assertEquals(1, capture().retrying());
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(9)) < 0,
                "gave up at the 5 s metadata timeout");
        assertEquals(EvidenceStatus.PENDING, evidence.snapshotFor(ref).orElseThrow().status());
        assertLastError(ref, "TIMEOUT");
    }

    @Test
    void retriesStopAtMaxAttemptsAsFailed() {
        String ref = prefix + "never";
        request(ref);
        stubStatus(ref, 500);
        assertEquals(1, capture().retrying());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, capture().retrying());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, capture().failed());
        EvidenceSnapshot s = evidence.snapshotFor(ref).orElseThrow();
        assertEquals(EvidenceStatus.FAILED, s.status());
        assertEquals(3, s.attempts());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, capture().claimed(), "a failed capture is not retried");
        assertEquals(3, requestsFor(ref));
    }

    @Test
    void platformSaying404MeansNotFoundAndNoRetry() {
        String ref = prefix + "gone";
        request(ref);
        stubStatus(ref, 404);
        assertEquals(new EvidenceCaptureJob.CaptureRun(1, 0, 1, 0, 0), capture());
        assertEquals(EvidenceStatus.NOT_FOUND, evidence.snapshotFor(ref).orElseThrow().status());
        assertTrue(evidence.bytesFor(ref).isEmpty());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, capture().claimed());
        assertEquals(1, requestsFor(ref));
        assertTrue(events.of(ref).isEmpty(), "no owner is announced for an item never seen");
    }

    @Test
    void metadataThatIsNotAboutTheAskedItemIsNotStored() {
        String ref = prefix + "wrong";
        request(ref);
        platform().stubFor(get(urlPathEqualTo(path(ref))).willReturn(okJson("""
                {"ref":"post:someone-else","ownerAccountId":"pa-x","visibility":"PUBLIC","mediaType":"text/plain"}""")));
        assertEquals(1, capture().retrying());
        assertLastError(ref, "BAD_METADATA");
        assertEquals(1, requestsFor(ref), "the bytes are not fetched");
    }

    @Test
    void anItemOverTheCapKeepsTheCapMarkedTruncatedWithTheHashOfWhatWasKept() throws Exception {
        String over = prefix + "big";
        String exact = prefix + "exact";
        byte[] big = new byte[(int) PlatformStub.CAP + 512 * 1024];
        new java.util.Random(7).nextBytes(big);
        byte[] atCap = Arrays.copyOf(big, (int) PlatformStub.CAP);
        stubItem(over, "pa-big", "PUBLIC", "video/mp4", big);
        stubItem(exact, "pa-big", "PUBLIC", "video/mp4", atCap);
        request(over);
        request(exact);

        assertEquals(2, capture().captured());

        EvidenceSnapshot s = evidence.snapshotFor(over).orElseThrow();
        assertTrue(s.truncated());
        assertEquals(PlatformStub.CAP, s.sizeBytes());
        assertEquals(sha256(atCap), s.sha256(), "hash of the kept bytes");
        assertArrayEquals(atCap, evidence.bytesFor(over).orElseThrow().bytes());

        EvidenceSnapshot e = evidence.snapshotFor(exact).orElseThrow();
        assertFalse(e.truncated(), "an item of exactly the cap is whole");
        assertEquals(sha256(atCap), e.sha256());
    }

    @Test
    void evidenceSurvivesTheItemBeingDeletedOrMadePrivateOnThePlatform() throws Exception {
        String deleted = prefix + "deleted";
        String hidden = prefix + "hidden";
        byte[] a = marked("deleted post", 3000);
        byte[] b = marked("post later set to only me", 3000);
        stubItem(deleted, "pa-uploader", "PUBLIC", "image/jpeg", a);
        stubItem(hidden, "pa-uploader", "PUBLIC", "image/jpeg", b);
        request(deleted);
        request(hidden);
        assertEquals(2, capture().captured());

        // The uploader deletes one item and makes the other "only visible to me".
        stubStatus(deleted, 404);
        platform().stubFor(get(urlPathEqualTo(path(hidden))).willReturn(okJson("""
                {"ref":"%s","ownerAccountId":"pa-uploader","visibility":"PRIVATE","mediaType":"image/jpeg"}""".formatted(hidden))));
        int asked = requestsFor(deleted) + requestsFor(hidden);

        // More reports name them: nothing is asked again, nothing is overwritten.
        request(deleted);
        request(hidden);
        clock.advance(Duration.ofHours(3));
        assertEquals(0, capture().claimed());
        assertEquals(asked, requestsFor(deleted) + requestsFor(hidden));

        for (var item : new Object[][] { { deleted, a }, { hidden, b } }) {
            String ref = (String) item[0];
            EvidenceSnapshot s = evidence.snapshotFor(ref).orElseThrow();
            assertEquals(EvidenceStatus.CAPTURED, s.status(), ref);
            assertEquals("pa-uploader", s.ownerAccountId());
            assertEquals(sha256((byte[]) item[1]), s.sha256());
            assertArrayEquals((byte[]) item[1], evidence.bytesFor(ref).orElseThrow().bytes());
        }
    }

    @Test
    void anItemAlreadyPrivateWhenReportedIsCapturedAndItsVisibilityKept() {
        String ref = prefix + "private";
        stubItem(ref, "pa-private-owner", "PRIVATE", "image/webp", marked("only me", 500));
        request(ref);
        assertEquals(1, capture().captured());
        EvidenceSnapshot s = evidence.snapshotFor(ref).orElseThrow();
        assertEquals("PRIVATE", s.visibilityAtCapture());
        assertEquals("pa-private-owner", s.ownerAccountId());
    }

    private static void assertLastError(String ref, String code) {
        assertEquals(1, Db.count("select count(*) from evidence where canonical_ref = ? and last_error "
                + (code == null ? "is null" : "= '" + code + "'"), ref), "last_error of " + ref);
    }

    private static void assertBetween(Instant t, Instant from, Instant to) {
        assertTrue(!t.isBefore(from) && !t.isAfter(to), t + " not within [" + from + ", " + to + "]");
    }

    @Test
    void requestCaptureIsIdempotentNeedsTheCallersTransactionAndRefusesMalformedReferences() {
        String ref = prefix + "twice";
        QuarkusTransaction.requiringNew().run(() -> {
            evidence.requestCapture(ref);
            evidence.requestCapture(ref);
        });
        request(ref);
        assertEquals(1, Db.count("select count(*) from evidence where canonical_ref = ?", ref));
        assertThrows(jakarta.transaction.TransactionalException.class, () -> evidence.requestCapture(prefix + "notx"),
                "outside a transaction the capture could exist without its report");
        for (String bad : new String[] { "", " ", "post:1 2", "post:1\n", "..", "x".repeat(301) }) {
            assertThrows(IllegalArgumentException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> evidence.requestCapture(bad)), bad);
        }
        assertTrue(evidence.snapshotFor(prefix + "never-requested").isEmpty());
    }
}
