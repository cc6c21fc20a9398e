package org.sealedintake.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Refuses an oversized request line (414) or header block (431) with problem+json. The HTTP codec's
 * own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above these, so the request reaches this route and gets the service's one error shape; only a
 * request beyond the codec's limits gets the codec's bare status.
 */
@ApplicationScoped
public class RequestHeadLimitRoute {
    /** Longest request line (method, target, version) answered normally. */
    public static final int MAX_REQUEST_LINE_CHARS = 8 * 1024;
    /** Largest header block (names, values, separators) answered normally. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Buffer uriTooLong;
    private final Buffer headersTooLarge;

    RequestHeadLimitRoute(ObjectMapper json) throws JsonProcessingException {
        this.uriTooLong = Buffer.buffer(json.writeValueAsBytes(Problem.of(414, "uri-too-long", "URI too long",
                "The request line is longer than this service accepts.")));
        this.headersTooLarge = Buffer.buffer(json.writeValueAsBytes(Problem.of(431, "headers-too-large",
                "Request header fields too large", "The request headers are larger than this service accepts.")));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.method().name().length() + request.uri().length() + 10 > MAX_REQUEST_LINE_CHARS) {
            refuse(rc, 414, uriTooLong);
        } else if (headerBytes(request.headers()) > MAX_HEADER_BYTES) {
            refuse(rc, 431, headersTooLarge);
        } else {
            rc.next();
        }
    }

    private static void refuse(RoutingContext rc, int status, Buffer problem) {
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem);
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        return total;
    }
}
