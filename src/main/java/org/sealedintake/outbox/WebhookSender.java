package org.sealedintake.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sealedintake.crypto.OutboxSigner;
import org.sealedintake.outbox.OutboxDeliveries.Claimed;
import org.sealedintake.outbox.OutboxDeliveries.Outcome;

/**
 * Posts claimed rows to their webhooks, all of one batch at once, and says what happened to each.
 * Answers' bodies are never read, and no redirect is followed (a receiver cannot send a delivery on
 * to somewhere else). An error is recorded as a status code or an error class, never as text the
 * receiver sent.
 */
@ApplicationScoped
public class WebhookSender {
    private final OutboxSigner signer;
    private final OutboxDestinations destinations;
    private final OutboxConfig config;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(OutboxSigner signer, OutboxDestinations destinations, OutboxConfig config, Clock clock) {
        this.signer = signer;
        this.destinations = destinations;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.http().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    List<Outcome> sendAll(List<Claimed> claims) {
        List<CompletableFuture<Outcome>> pending = new ArrayList<>(claims.size());
        for (Claimed c : claims) {
            pending.add(send(c));
        }
        List<Outcome> out = new ArrayList<>(claims.size());
        for (CompletableFuture<Outcome> f : pending) {
            out.add(f.join());
        }
        return out;
    }

    private CompletableFuture<Outcome> send(Claimed c) {
        if (c.body() == null) {
            return CompletableFuture.completedFuture(Outcome.park(c, OutboxDeliveries.PAYLOAD_UNREADABLE));
        }
        URI url = destinations.urlOf(c.destination()).orElse(null);
        if (url == null) {
            return CompletableFuture.completedFuture(Outcome.park(c, OutboxDeliveries.UNKNOWN_DESTINATION));
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long timestamp = at.getEpochSecond();
        byte[] signature = signer.sign(OutboxHeaders.signedBytes(c.id(), c.kind(), c.destination(), c.idempotencyKey(),
                timestamp, c.body()));
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.http().requestTimeout())
                .header("Content-Type", "application/json")
                .header(OutboxHeaders.IDEMPOTENCY_KEY, c.idempotencyKey())
                .header(OutboxHeaders.EVENT_ID, c.id().toString())
                .header(OutboxHeaders.KIND, c.kind().name())
                .header(OutboxHeaders.DESTINATION, c.destination())
                .header(OutboxHeaders.TIMESTAMP, Long.toString(timestamp))
                .header(OutboxHeaders.KEY_ID, Long.toUnsignedString(signer.keyId()))
                .header(OutboxHeaders.SIGNATURE, Base64.getEncoder().encodeToString(signature))
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()))
                .build();
        try {
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((answer, error) -> error == null
                            ? answer.statusCode() / 100 == 2 ? Outcome.delivered(c, at) : Outcome.failed(c, "http-" + answer.statusCode(), at)
                            : Outcome.failed(c, errorName(error), at));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Outcome.failed(c, errorName(e), at));
        }
    }

    /** A short name of what went wrong: never an exception message (it may quote the URL or the answer). */
    static String errorName(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof HttpConnectTimeoutException) {
            return "connect-timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof ConnectException) {
            return "connect-failed";
        }
        return "error-" + e.getClass().getSimpleName();
    }
}
