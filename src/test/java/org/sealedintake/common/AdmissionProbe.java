package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.sealedintake.support.ReportBodies;

/** What the admission tests do to the running service: hold a place, file, read the gauges. */
final class AdmissionProbe {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private AdmissionProbe() {
    }

    /**
     * Starts an upload whose body never completes: admitted at its headers, it holds the place until its
     * connection closes. Returns once the service counts it in progress.
     */
    static Socket holdThePlace(String token, MeterRegistry metrics) throws Exception {
        double before = gauge(metrics, "sealed.admission.in.progress");
        Socket s = new Socket("127.0.0.1", RestAssured.port);
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        String head = "POST /v1/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 100000\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        awaitValue(() -> gauge(metrics, "sealed.admission.in.progress"), before + 1);
        return s;
    }

    static Response submit(String token, String target) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ReportBodies.minimal().replaceFirst("post:[0-9a-f-]+", target)).post("/v1/reports");
    }

    static double gauge(MeterRegistry metrics, String name) {
        return metrics.get(name).gauge().value();
    }

    static void awaitValue(DoubleSupplier value, double expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (value.getAsDouble() != expected) {
            assertTrue(System.nanoTime() < deadline, "still " + value.getAsDouble() + ", expected " + expected);
            Thread.sleep(20);
        }
    }
}
