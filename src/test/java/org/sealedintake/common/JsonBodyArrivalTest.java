package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/**
 * An HTTP/1.x JSON body is read whole before the request goes to a worker ({@link JsonBodyRoute}): one that
 * arrives in pieces is filed as one, a client that waits for 100 Continue gets it, and one that stalls is
 * answered 408 problem+json after {@code sealed.intake.json-body-timeout} (3 s in tests), writes nothing and
 * gives its admission place back. An HTTP/2 request keeps RESTEasy Reactive's own read and is filed too.
 */
@QuarkusTest
class JsonBodyArrivalTest {
    @Inject
    MeterRegistry metrics;

    @Test
    void aBodyThatArrivesInPiecesIsFiledWhole() throws Exception {
        byte[] body = ReportBodies.minimal().getBytes(StandardCharsets.UTF_8);
        try (Socket s = open()) {
            OutputStream out = s.getOutputStream();
            out.write(head(body.length));
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(500);
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String answer = readAll(s.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        }
    }

    @Test
    void aClientThatExpects100ContinueGetsItAndIsFiled() throws Exception {
        byte[] body = ReportBodies.minimal().getBytes(StandardCharsets.UTF_8);
        try (Socket s = open()) {
            OutputStream out = s.getOutputStream();
            String head = new String(head(body.length), StandardCharsets.US_ASCII);
            out.write(head.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Nothing of the body is sent until the interim answer: a server that waits for it answers 408.
            InputStream in = s.getInputStream();
            String interim = readLine(in);
            assertEquals("HTTP/1.1 100 Continue", interim);
            assertEquals("", readLine(in));
            out.write(body);
            out.flush();
            String answer = readAll(in);
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        }
    }

    @Test
    void anHttp2RequestIsFiledToo() throws Exception {
        // h2c: the client upgrades its first request from HTTP/1.1, then sends this one over HTTP/2.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI uri = URI.create("http://127.0.0.1:" + RestAssured.port + "/v1/reports");
        HttpResponse<String> last = null;
        for (int i = 0; i < 2; i++) {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + Tokens.of("reporter-a"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(ReportBodies.minimal())).build();
            last = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, last.statusCode(), last.body());
        }
        assertEquals(HttpClient.Version.HTTP_2, last.version());
    }

    @Test
    void aStalledBodyIsAnswered408AndWritesNothing() throws Exception {
        Map<String, Long> before = Db.intakeCounts();
        double inProgress = AdmissionProbe.gauge(metrics, "sealed.admission.in.progress");
        byte[] body = ReportBodies.minimal().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try (Socket s = open()) {
            OutputStream out = s.getOutputStream();
            out.write(head(body.length));
            out.write(body, 0, body.length - 10);
            out.flush();
            // The service answers and closes the connection: readAll returns at its end, not at the socket timeout.
            String answer = readAll(s.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":408"), answer);
        }
        assertTrue(System.nanoTime() - started >= 2_500_000_000L, "answered before the body had time to arrive");
        assertEquals(before, Db.intakeCounts());
        AdmissionProbe.awaitValue(() -> AdmissionProbe.gauge(metrics, "sealed.admission.in.progress"), inProgress);
    }

    private static Socket open() throws Exception {
        Socket s = new Socket("127.0.0.1", RestAssured.port);
        s.setSoTimeout(30_000);
        return s;
    }

    private static byte[] head(int length) {
        return ("POST /v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Tokens.of("reporter-a") + "\r\n"
                + "Content-Type: application/json\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\n"
                + "Connection: close\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String readLine(InputStream in) throws Exception {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
