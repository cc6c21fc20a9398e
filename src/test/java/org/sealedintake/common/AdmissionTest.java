package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/**
 * The global admission limit (issue 10, "Overload") with one place and a line of one: an upload whose body
 * trickles in holds the place; the next request waits, the one after is refused at once with 503 and
 * Retry-After, and a refusal writes nothing. When the place frees, requests are admitted again.
 */
@QuarkusTest
@TestProfile(AdmissionTest.OnePlace.class)
class AdmissionTest {
    private static final String[] WRITTEN = { "report", "sealed_identity", "report_owner_proof", "owner_pointer",
            "idempotency_record", "quota_window", "audit_event", "attachment" };
    private static final Duration PATIENCE = AdmissionProbe.PATIENCE;

    /** One place, one waiter who waits at most 4 s (long enough to see it wait on a busy machine). */
    public static class OnePlace implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The line of one never stands long enough to shorten the wait: burst-wait is the waiter's 4 s.
            return Map.of("sealed.admission.max-concurrent", "1", "sealed.admission.max-queued", "1",
                    "sealed.admission.max-wait", "PT4S", "sealed.admission.burst-wait", "PT4S",
                    "sealed.admission.retry-after-seconds", "2");
        }
    }

    @Inject
    MeterRegistry metrics;

    /** A thread of its own (it inherits the test's class loader, which RestAssured's contract check needs). */
    private final ExecutorService aside = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopAside() {
        aside.shutdownNow();
    }

    @Test
    void refusesBeyondTheLimitWith503AndRetryAfterAndWritesNothing() throws Exception {
        String token = Tokens.of("reporter-a");
        Map<String, Long> before;
        double refusedBefore = refusals();
        try (Socket holder = holdThePlace(token)) {
            before = Db.counts(WRITTEN);
            String target = "post:overload-" + UUID.randomUUID();
            CompletableFuture<Response> waiter = CompletableFuture.supplyAsync(() -> submit(token, target), aside);
            awaitValue(() -> gauge("sealed.admission.waiting"), 1);

            Response refused = submit(token, target);
            assertOverloaded(refused);
            assertFalse(refused.asString().contains(target), "the refusal echoes nothing the client sent");
            assertNull(refused.header("Connection"), "a small refused body is drained and the connection kept");
            assertEquals(refusedBefore + 1, refusals(), 0.0);

            // The waiter's 4 s run out while the place is still held: refused too, as overloaded.
            assertOverloaded(waiter.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            assertEquals(refusedBefore + 2, refusals(), 0.0);
            // Reads are under the same limit.
            given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(503);
            assertEquals(before, Db.counts(WRITTEN), "refused requests wrote nothing");
        }
        // The client went away: its place is given back and the next request is admitted.
        awaitValue(() -> gauge("sealed.admission.in.progress"), 0);
        assertEquals(before, Db.counts(WRITTEN), "the abandoned upload wrote nothing either");
        submit(token, "post:" + UUID.randomUUID()).then().statusCode(201);
        assertEquals(before.get("report") + 1, Db.count("select count(*) from report"));
    }

    @Test
    void aWaitingRequestIsAdmittedWhenThePlaceFrees() throws Exception {
        String token = Tokens.of("reporter-a");
        CompletableFuture<Response> waiter;
        try (Socket holder = holdThePlace(token)) {
            waiter = CompletableFuture.supplyAsync(() -> submit(token, "post:" + UUID.randomUUID()), aside);
            awaitValue(() -> gauge("sealed.admission.waiting"), 1);
        }
        // The holder's connection closed well within the waiter's 4 s: the waiter gets the place and files.
        Response admitted = waiter.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertEquals(201, admitted.statusCode(), admitted.asString());
        awaitValue(() -> gauge("sealed.admission.in.progress"), 0);
        assertEquals(0, gauge("sealed.admission.waiting"), 0.0);
    }

    private static void assertOverloaded(Response r) {
        r.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("https://sealed-intake.example/problems/overloaded"))
                .body("status", equalTo(503));
    }

    private Socket holdThePlace(String token) throws Exception {
        return AdmissionProbe.holdThePlace(token, metrics);
    }

    private static Response submit(String token, String target) {
        return AdmissionProbe.submit(token, target);
    }

    private double gauge(String name) {
        return AdmissionProbe.gauge(metrics, name);
    }

    private double refusals() {
        return metrics.get("sealed.admission.refusals").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static void awaitValue(DoubleSupplier value, double expected) throws InterruptedException {
        AdmissionProbe.awaitValue(value, expected);
    }
}
