package org.sealedintake.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends checkpoints to a witness: another party's service that keeps what it receives.
 * {@code POST <url>/checkpoints} with one checkpoint (answer 2xx once it is durable there) and
 * {@code GET <url>/checkpoints} returning every one received, as a JSON array in receipt order.
 * Whoever controls the database and every key here still cannot change what the witness holds.
 */
public class WitnessCheckpointExporter implements CheckpointExporter {
    private final URI checkpoints;
    private final URI disclosures;
    private final Duration timeout;
    private final Optional<String> token;
    private final HttpClient http;

    public WitnessCheckpointExporter(URI base, Duration timeout) {
        this(base, timeout, Optional.empty());
    }

    /** {@code token}: sent as a bearer token on every call, so the witness takes checkpoints only from us. */
    public WitnessCheckpointExporter(URI base, Duration timeout, Optional<String> token) {
        String b = base.toString();
        this.checkpoints = URI.create((b.endsWith("/") ? b : b + "/") + "checkpoints");
        this.disclosures = URI.create((b.endsWith("/") ? b : b + "/") + "disclosures");
        this.timeout = timeout;
        this.token = token.filter(t -> !t.isBlank());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void export(Checkpoint checkpoint) throws IOException {
        post(checkpoints, CheckpointJson.write(checkpoint), "checkpoint");
    }

    /** {@code POST <url>/disclosures} with one disclosure record; 2xx once it is durable there. */
    @Override
    public void exportDisclosure(Disclosure disclosure) throws IOException {
        post(disclosures, CheckpointJson.write(disclosure), "disclosure");
    }

    private void post(URI to, String json, String what) throws IOException {
        HttpRequest post = request(to).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> answer = send(post, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("witness refused the " + what + " with status " + answer.statusCode());
        }
    }

    private HttpRequest.Builder request(URI to) {
        HttpRequest.Builder b = HttpRequest.newBuilder(to).timeout(timeout);
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return b;
    }

    @Override
    public List<Checkpoint> exported() throws IOException {
        HttpRequest get = request(checkpoints).GET().build();
        HttpResponse<String> answer = send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IOException("witness answered status " + answer.statusCode());
        }
        JsonNode list = CheckpointJson.parseArray(answer.body());
        if (!list.isArray()) {
            throw new IOException("witness answer is not a list of checkpoints");
        }
        List<Checkpoint> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(CheckpointJson.of(n));
        }
        return out;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return http.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to the witness");
        }
    }
}
