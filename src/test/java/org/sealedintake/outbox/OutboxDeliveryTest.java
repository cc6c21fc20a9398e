package org.sealedintake.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.TestClock;

/**
 * Outbox delivery against an in-process WireMock receiver: once each with two dispatchers at once,
 * retries spaced by the configured backoff carrying the same key, signatures the published key
 * verifies, parking after the configured number of failures, re-delivery after a dispatcher died.
 */
@QuarkusTest
class OutboxDeliveryTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxDeliveries deliveries;
    @Inject
    OutboxRepository events;
    @Inject
    OutboxConfig config;
    @Inject
    TestClock clock;

    WebhookReceiver receiver;

    @BeforeEach
    void receiver() {
        receiver = new WebhookReceiver(config);
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    UUID enqueue(String destination, String key, String body) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(OutboxKind.ENFORCEMENT, destination, key, body, null));
    }

    OutboxEvent row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> events.findById(id));
    }

    static String body(int i) {
        return "{\"contentRef\":\"post:" + UUID.randomUUID() + "\",\"action\":\"REMOVE\",\"n\":" + i + "}";
    }

    @Test
    void twoDispatchersAtOnceDeliverEveryEventExactlyOnce() throws Exception {
        String destination = receiver.destination();
        int n = 300;
        Map<String, UUID> byKey = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                String key = "enforcement:" + UUID.randomUUID();
                byKey.put(key, outbox.enqueue(OutboxKind.ENFORCEMENT, destination, key, body(i), null));
            }
        });

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> drain = () -> {
            int delivered = 0;
            OutboxDispatcher.Result r;
            do {
                r = dispatcher.dispatchDue();
                delivered += r.delivered();
            } while (r.delivered() + r.failed() + r.parked() > 0);
            return delivered;
        };
        List<Future<Integer>> both = pool.invokeAll(List.of(drain, drain));
        pool.shutdown();
        int first = both.get(0).get();
        int second = both.get(1).get();
        double seconds = (System.nanoTime() - started) / 1e9;

        List<LoggedRequest> got = receiver.received(destination);
        Map<String, Integer> perKey = new HashMap<>();
        for (LoggedRequest r : got) {
            perKey.merge(r.getHeader(OutboxHeaders.IDEMPOTENCY_KEY), 1, Integer::sum);
            assertEquals(byKey.get(r.getHeader(OutboxHeaders.IDEMPOTENCY_KEY)).toString(), r.getHeader(OutboxHeaders.EVENT_ID));
        }
        assertEquals(byKey.keySet(), perKey.keySet(), "every event arrived");
        assertEquals(Set.of(1), new HashSet<>(perKey.values()), "no event arrived twice");
        assertTrue(first > 0 && second > 0, "both dispatchers delivered (" + first + " and " + second + ")");
        for (UUID id : byKey.values()) {
            OutboxEvent e = row(id);
            assertEquals(OutboxStatus.DELIVERED, e.status);
            assertEquals(1, e.attempts);
            assertNull(e.claimToken);
        }
        System.out.printf("OUTBOX THROUGHPUT: %d deliveries by two dispatchers in %.2f s (%.0f/s; in-process receiver)%n", n,
                seconds, n / seconds);
    }

    @Test
    void aReceiverFailingThreeTimesGetsRetriesWithTheSameKeySpacedByTheConfiguredBackoff() throws Exception {
        String destination = receiver.destination(503, 500, 429);
        String key = "enforcement:" + UUID.randomUUID();
        String body = body(1);
        UUID id = enqueue(destination, key, body);

        List<Instant> attempts = new ArrayList<>();
        for (int failure = 1; failure <= 3; failure++) {
            dispatcher.dispatchDue();
            OutboxEvent e = row(id);
            assertEquals(OutboxStatus.PENDING, e.status);
            assertEquals(failure, e.attempts);
            assertNotNull(e.lastError);
            assertTrue(e.lastError.matches("http-(503|500|429)"), e.lastError);
            attempts.add(e.lastAttemptAt);
            // Spaced as configured: base * 2^(failure-1), capped, within the jitter.
            long expected = Math.min(config.retry().base().toMillis() << (failure - 1), config.retry().max().toMillis());
            long delay = Duration.between(e.lastAttemptAt, e.nextAttemptAt).toMillis();
            assertTrue(delay >= Math.floor(expected * (1 - config.retry().jitter())) - 1
                    && delay <= Math.ceil(expected * (1 + config.retry().jitter())) + 1,
                    "retry " + failure + " after " + delay + " ms, configured " + expected + " ms +-" + config.retry().jitter());

            // Nothing goes out before the retry is due...
            clock.advance(Duration.between(clock.instant(), e.nextAttemptAt).minusMillis(200));
            dispatcher.dispatchDue();
            assertEquals(failure, receiver.received(destination).size(), "no request before the retry is due");
            // ...and it does once it is.
            clock.advance(Duration.ofMillis(250));
        }
        dispatcher.dispatchDue();
        OutboxEvent done = row(id);
        assertEquals(OutboxStatus.DELIVERED, done.status);
        assertEquals(4, done.attempts);

        List<LoggedRequest> got = receiver.received(destination);
        assertEquals(4, got.size(), "three failures and one success, nothing more");
        DeliveryVerifier verifier = DeliveryVerifier.fromPublishedKeys();
        Set<String> timestamps = new HashSet<>();
        for (LoggedRequest r : got) {
            assertEquals(key, r.getHeader(OutboxHeaders.IDEMPOTENCY_KEY));
            assertEquals(id.toString(), r.getHeader(OutboxHeaders.EVENT_ID));
            assertEquals(body, r.getBodyAsString(), "the same body on every retry");
            assertTrue(verifier.verifies(r), "every attempt is signed");
            timestamps.add(r.getHeader(OutboxHeaders.TIMESTAMP));
        }
        assertEquals(4, timestamps.size(), "each attempt is signed afresh");
        for (int i = 1; i < attempts.size(); i++) {
            assertTrue(attempts.get(i).isAfter(attempts.get(i - 1)));
        }
    }

    @Test
    void signaturesVerifyWithThePublishedKeyAndNothingElse() throws Exception {
        String destination = receiver.destination();
        String key = "notice:" + UUID.randomUUID();
        String body = "{\"noticeId\":\"" + UUID.randomUUID() + "\",\"text\":\"Your post was removed under rule 4.\"}";
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(OutboxKind.CREATOR_NOTICE, destination, key, body, null));
        dispatcher.dispatchDue();
        LoggedRequest r = receiver.received(destination).get(0);

        DeliveryVerifier verifier = DeliveryVerifier.fromPublishedKeys();
        assertEquals(Long.toString(verifier.keyId), r.getHeader(OutboxHeaders.KEY_ID), "the key id names the published primary key");
        assertEquals("application/json", r.getHeader("Content-Type"));
        assertEquals("CREATOR_NOTICE", r.getHeader(OutboxHeaders.KIND));
        assertEquals(destination, r.getHeader(OutboxHeaders.DESTINATION));
        assertEquals(id.toString(), r.getHeader(OutboxHeaders.EVENT_ID));
        long ts = Long.parseLong(r.getHeader(OutboxHeaders.TIMESTAMP));
        assertTrue(Math.abs(ts - clock.instant().getEpochSecond()) < 60);
        assertTrue(verifier.verifies(r));

        byte[] signature = Base64.getDecoder().decode(r.getHeader(OutboxHeaders.SIGNATURE));
        assertEquals(64, signature.length, "a raw Ed25519 signature");
        byte[] signed = DeliveryVerifier.signedBytes(r);
        // Whatever a man in the middle changes, the signature no longer holds.
        byte[] flipped = signed.clone();
        flipped[flipped.length - 3] ^= 1;
        assertFalse(verifier.verifies(flipped, signature), "a changed body");
        for (byte[] other : List.of(
                OutboxHeaders.signedBytes(id, OutboxKind.ENFORCEMENT, destination, key, ts, r.getBody()),
                OutboxHeaders.signedBytes(id, OutboxKind.CREATOR_NOTICE, "platform-enforcement", key, ts, r.getBody()),
                OutboxHeaders.signedBytes(id, OutboxKind.CREATOR_NOTICE, destination, key + "x", ts, r.getBody()),
                OutboxHeaders.signedBytes(UUID.randomUUID(), OutboxKind.CREATOR_NOTICE, destination, key, ts, r.getBody()),
                OutboxHeaders.signedBytes(id, OutboxKind.CREATOR_NOTICE, destination, key, ts + 3600, r.getBody()),
                r.getBody())) {
            assertFalse(verifier.verifies(other, signature), "a signature moved to other headers or the bare body");
        }
        assertFalse(verifier.verifies(signed, Arrays.copyOf(signature, 63)));
    }

    @Test
    void anUnknownDestinationIsParkedAndNothingIsSent() {
        UUID id = enqueue("no-such-receiver", "enforcement:" + UUID.randomUUID(), body(1));
        int before = receiver.all().size();
        dispatcher.dispatchDue();
        OutboxEvent e = row(id);
        assertEquals(OutboxStatus.PARKED, e.status);
        assertEquals("unknown-destination", e.lastError);
        assertEquals(0, e.attempts);
        assertNotNull(e.parkedAt);
        assertEquals(before, receiver.all().size());
    }

    @Test
    void aRowOfADispatcherThatDiedIsDeliveredAgainOnlyAfterItsLease() {
        String destination = receiver.destination();
        UUID id = enqueue(destination, "enforcement:" + UUID.randomUUID(), body(1));
        // A dispatcher claims the row (committed) and dies before sending or recording anything.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<OutboxDeliveries.Claimed> claimed = deliveries.claim(1000, now, config.dispatcher().lease());
        assertTrue(claimed.stream().anyMatch(c -> c.id().equals(id)));

        dispatcher.dispatchDue();
        assertEquals(0, receiver.received(destination).size(), "the lease keeps other dispatchers off the row");

        clock.advance(config.dispatcher().lease().plusSeconds(1));
        dispatcher.dispatchDue();
        assertEquals(1, receiver.received(destination).size(), "delivered again once the lease ran out");
        assertEquals(OutboxStatus.DELIVERED, row(id).status);

        // The dead dispatcher's late outcome changes nothing.
        OutboxDeliveries.Claimed stale = claimed.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        deliveries.settle(List.of(OutboxDeliveries.Outcome.failed(stale, "http-500", now)), now, config.retry(),
                java.util.concurrent.ThreadLocalRandom.current());
        OutboxEvent e = row(id);
        assertEquals(OutboxStatus.DELIVERED, e.status);
        assertNull(e.lastError);
    }

    @Test
    void aBodyMovedToAnotherRowIsParkedNotSent() {
        String destination = receiver.destination();
        UUID a = enqueue(destination, "enforcement:" + UUID.randomUUID(), body(1));
        UUID b = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = outbox.enqueue(OutboxKind.ENFORCEMENT, destination, "enforcement:" + UUID.randomUUID(), body(2),
                    clock.instant().plusSeconds(3600));
            // A database writer copies a's ciphertext onto b: it is bound to a's id and does not decrypt.
            events.findById(id).payload = events.findById(a).payload;
            return id;
        });
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertEquals(OutboxStatus.PARKED, row(b).status);
        assertEquals("payload-unreadable", row(b).lastError);
        assertEquals(1, receiver.received(destination).size(), "only a's own delivery went out");
    }

    @Test
    void nothingIsSentBeforeItsReleaseTime() {
        String destination = receiver.destination();
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(OutboxKind.CREATOR_NOTICE, destination,
                "notice:" + UUID.randomUUID(), body(1), clock.instant().plus(Duration.ofMinutes(30))));
        dispatcher.dispatchDue();
        assertEquals(0, receiver.received(destination).size());
        clock.advance(Duration.ofMinutes(31));
        dispatcher.dispatchDue();
        assertEquals(1, receiver.received(destination).size());
        assertEquals(OutboxStatus.DELIVERED, row(id).status);
    }

    @Test
    void aSilentReceiverTimesOutAndIsRetried() {
        String destination = receiver.destination();
        receiver.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/" + destination)).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withFixedDelay((int) config.http().requestTimeout().toMillis() + 2000)));
        UUID id = enqueue(destination, "enforcement:" + UUID.randomUUID(), body(1));
        dispatcher.dispatchDue();
        OutboxEvent e = row(id);
        assertEquals(OutboxStatus.PENDING, e.status);
        assertEquals("timeout", e.lastError);
        assertNotEquals(0, e.attempts);
    }
}
