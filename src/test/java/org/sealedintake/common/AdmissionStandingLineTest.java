package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.Socket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Tokens;

/**
 * The admission line's two waits (CoDel's rule): a request that joins a line that emptied recently waits
 * up to burst-wait (a burst below capacity is served, not refused); one that joins a line that has stood
 * longer than standing-after waits max-wait only (overload: the excess is refused quickly and what is
 * admitted keeps its latency).
 */
@QuarkusTest
@TestProfile(AdmissionStandingLineTest.StandingLine.class)
class AdmissionStandingLineTest {
    /** One place, a line of two; a burst may wait 20 s, a request in a line standing for 1 s waits 0.3 s. */
    public static class StandingLine implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sealed.admission.max-concurrent", "1", "sealed.admission.max-queued", "2",
                    "sealed.admission.burst-wait", "PT20S", "sealed.admission.standing-after", "PT1S",
                    "sealed.admission.max-wait", "PT0.3S", "sealed.admission.retry-after-seconds", "2");
        }
    }

    @Inject
    MeterRegistry metrics;

    private final ExecutorService aside = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopAside() {
        aside.shutdownNow();
    }

    @Test
    void aBurstWaitsForThePlaceButARequestJoiningAStandingLineIsRefusedAfterTheShortWait() throws Exception {
        String token = Tokens.of("reporter-a");
        CompletableFuture<Response> first;
        try (Socket holder = AdmissionProbe.holdThePlace(token, metrics)) {
            // Joins an empty line: a burst, it may wait 20 s.
            first = CompletableFuture.supplyAsync(() -> AdmissionProbe.submit(token, "post:" + UUID.randomUUID()), aside);
            AdmissionProbe.awaitValue(() -> AdmissionProbe.gauge(metrics, "sealed.admission.waiting"), 1);
            Thread.sleep(1_500);
            assertFalse(first.isDone(), "a burst waits longer than max-wait");

            // The line has not been empty for 1.5 s: the next request waits 0.3 s, then is refused.
            long started = System.nanoTime();
            Response second = AdmissionProbe.submit(token, "post:" + UUID.randomUUID());
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            second.then().statusCode(503).header("Retry-After", "2");
            assertTrue(waitedMs >= 250 && waitedMs < 10_000, "refused after the short wait, not at once or after 20 s: "
                    + waitedMs + " ms");
            assertFalse(first.isDone(), "the request that joined while the line was a burst still waits");
        }
        // The place frees well within the first request's 20 s: it is admitted and files.
        Response admitted = first.get(AdmissionProbe.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertEquals(201, admitted.statusCode(), admitted.asString());
        AdmissionProbe.awaitValue(() -> AdmissionProbe.gauge(metrics, "sealed.admission.in.progress"), 0);
    }
}
