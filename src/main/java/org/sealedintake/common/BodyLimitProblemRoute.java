package org.sealedintake.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared Content-Length exceeds its limit with a problem+json 413: uploads
 * ({@value #UPLOAD_PATH}) up to {@code quarkus.http.limits.max-body-size}, every other (JSON) body up to
 * {@code sealed.intake.max-json-body-bytes} (64 KiB). Quarkus' own check (route order -2) answers an
 * empty 413; this route runs just before it (order -3), so every 413 of the service has the one error
 * shape. An upload without Content-Length is bounded by the upload parser; a JSON body sent chunked,
 * without Content-Length, is refused with 411, since nothing else would hold it to the JSON limit.
 */
@ApplicationScoped
public class BodyLimitProblemRoute {
    /**
     * After the answer, up to this many body bytes are read and dropped, so that an HTTP/1.1 client that
     * writes its whole body before reading sees the 413 instead of a broken connection. Beyond it the
     * connection is closed.
     */
    private static final long DRAIN_LIMIT_BYTES = 32L * 1024 * 1024;

    static final String UPLOAD_PATH = "/v1/attachments";

    private final long maxBodyBytes;
    private final long maxJsonBodyBytes;
    private final Buffer problem;
    private final Buffer lengthRequired;

    BodyLimitProblemRoute(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            SealedConfig config, ObjectMapper json) throws JsonProcessingException {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxJsonBodyBytes = Math.min(maxBodyBytes, config.intake().maxJsonBodyBytes());
        this.problem = Buffer.buffer(json.writeValueAsBytes(Problem.of(413, "request-too-large", "Content too large",
                "The request body is larger than this service accepts.")));
        this.lengthRequired = Buffer.buffer(json.writeValueAsBytes(Problem.of(411, "length-required",
                "Length required", "A JSON request body needs a Content-Length header.")));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    /** The limit this route enforces, in bytes. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean upload = UPLOAD_PATH.equals(request.path());
        String lengthHeader = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = declaredLength(lengthHeader);
        if (!upload && lengthHeader == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            refuse(request, rc.response().setStatusCode(411), lengthRequired);
            return;
        }
        if (declared <= (upload ? maxBodyBytes : maxJsonBodyBytes)) {
            rc.next();
            return;
        }
        refuse(request, rc.response().setStatusCode(413), problem);
    }

    static void refuse(HttpServerRequest request, io.vertx.core.http.HttpServerResponse response, Buffer problem) {
        response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (request.version() == HttpVersion.HTTP_2) {
            response.end(problem);
            return;
        }
        // Answer at once, then read (and drop) a bounded rest of the body before closing, so an HTTP/1.1
        // client that is still sending receives the 413 instead of a connection reset.
        response.putHeader(HttpHeaders.CONNECTION, "close");
        AtomicLong drained = new AtomicLong();
        request.handler(chunk -> {
            if (drained.addAndGet(chunk.length()) > DRAIN_LIMIT_BYTES) {
                request.connection().close();
            }
        });
        request.endHandler(v -> request.connection().close());
        request.exceptionHandler(e -> request.connection().close());
        response.end(problem);
        request.resume();
    }

    /** The declared Content-Length, or -1 when there is none or it is not a number. */
    static long declaredLength(HttpServerRequest request) {
        return declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
