package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checkpoints sent to a witness come back from it unchanged; a witness that refuses is an error, not a success. */
class WitnessCheckpointExporterTest {
    private HttpServer witness;
    private final List<String> kept = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseWith = new AtomicInteger(0);
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> disclosures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startWitness() throws IOException {
        witness = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        witness.createContext("/w/disclosures", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            disclosures.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        witness.createContext("/w/checkpoints", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status;
            byte[] body = new byte[0];
            if (refuseWith.get() != 0) {
                status = refuseWith.get();
            } else if ("POST".equals(exchange.getRequestMethod())) {
                kept.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                status = 201;
            } else {
                body = ("[" + String.join(",", kept) + "]").getBytes(StandardCharsets.UTF_8);
                status = 200;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        witness.start();
    }

    @AfterEach
    void stopWitness() {
        witness.stop(0);
    }

    private WitnessCheckpointExporter exporter() {
        return new WitnessCheckpointExporter(URI.create("http://127.0.0.1:" + witness.getAddress().getPort() + "/w"),
                Duration.ofSeconds(5));
    }

    private static Checkpoint checkpoint(long seq, Checkpoint.Kind kind) {
        byte[] head = new byte[32];
        head[0] = (byte) seq;
        return new Checkpoint(kind, seq, head, 1_700_000_000_000_000L + seq, 42L, new byte[] { 1, 2, (byte) seq });
    }

    @Test
    void exportedCheckpointsComeBackFromTheWitnessInOrder() throws IOException {
        WitnessCheckpointExporter exporter = exporter();
        exporter.export(checkpoint(10, Checkpoint.Kind.CHECKPOINT));
        exporter.export(checkpoint(7, Checkpoint.Kind.REANCHOR));

        List<Checkpoint> back = exporter.exported();
        assertEquals(2, back.size());
        assertEquals(10, back.get(0).seq());
        assertEquals(Checkpoint.Kind.REANCHOR, back.get(1).kind());
        assertArrayEquals(checkpoint(7, Checkpoint.Kind.REANCHOR).signedMessage(), back.get(1).signedMessage());
        assertArrayEquals(new byte[] { 1, 2, 7 }, back.get(1).signature());
    }

    @Test
    void aWitnessThatRefusesOrFailsIsAnErrorSoTheChainerRetries() {
        refuseWith.set(503);
        WitnessCheckpointExporter exporter = exporter();
        assertThrows(IOException.class, () -> exporter.export(checkpoint(1, Checkpoint.Kind.CHECKPOINT)));
        assertThrows(IOException.class, exporter::exported);
        assertEquals(List.of(), kept);
    }

    @Test
    void everyCallCarriesTheBearerTokenAndDisclosuresGoToTheirOwnPath() throws IOException {
        WitnessCheckpointExporter exporter = new WitnessCheckpointExporter(
                URI.create("http://127.0.0.1:" + witness.getAddress().getPort() + "/w"), Duration.ofSeconds(5),
                java.util.Optional.of("witness-secret"));
        exporter.export(checkpoint(3, Checkpoint.Kind.CHECKPOINT));
        exporter.exported();
        java.util.UUID request = java.util.UUID.randomUUID();
        exporter.exportDisclosure(new Disclosure(request, java.util.UUID.randomUUID(), "staff-1", List.of("staff-2"), 5L, 42L,
                new byte[] { 7 }));

        assertEquals(List.of("Bearer witness-secret", "Bearer witness-secret", "Bearer witness-secret"), authorizations);
        assertEquals(1, disclosures.size());
        org.junit.jupiter.api.Assertions.assertTrue(disclosures.get(0).contains(request.toString()));
        assertEquals(1, kept.size(), "the disclosure is not mixed into the checkpoints");
    }
}
