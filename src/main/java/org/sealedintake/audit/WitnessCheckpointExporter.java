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

/**
 * Sends checkpoints to a witness: another party's service that keeps what it receives.
 * {@code POST <url>/checkpoints} with one checkpoint (answer 2xx once it is durable there) and
 * {@code GET <url>/checkpoints} returning every one received, as a JSON array in receipt order.
 * Whoever controls the database and every key here still cannot change what the witness holds.
 */
public class WitnessCheckpointExporter implements CheckpointExporter {
    private final URI checkpoints;
    private final Duration timeout;
    private final HttpClient http;

    public WitnessCheckpointExporter(URI base, Duration timeout) {
        String b = base.toString();
        this.checkpoints = URI.create((b.endsWith("/") ? b : b + "/") + "checkpoints");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void export(Checkpoint checkpoint) throws IOException {
        HttpRequest post = HttpRequest.newBuilder(checkpoints).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CheckpointJson.write(checkpoint), StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> answer = send(post, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("witness refused the checkpoint with status " + answer.statusCode());
        }
    }

    @Override
    public List<Checkpoint> exported() throws IOException {
        HttpRequest get = HttpRequest.newBuilder(checkpoints).timeout(timeout).GET().build();
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
