package org.sealedintake.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads an HTTP/1.x JSON request body whole on the event loop that received it, before the request goes
 * to a worker thread. Without it, RESTEasy Reactive starts a blocking endpoint on a worker that then waits
 * for the event loop to hand it the body: two more thread switches per report (docs/performance.md,
 * "Ninth pass"). The body is small and bounded: {@link BodyLimitProblemRoute} has refused, before this
 * route, any JSON body declared larger than {@code sealed.intake.max-json-body-bytes} and any sent
 * without a Content-Length. Uploads ({@value BodyLimitProblemRoute#UPLOAD_PATH}) stream as before.
 *
 * <p>Runs after the admission route, so a body is read only for an admitted request; a body that does
 * not arrive within {@code sealed.intake.json-body-timeout} is answered 408 and its connection closed,
 * which gives the admission place back.
 */
@ApplicationScoped
public class JsonBodyRoute {
    private final Vertx vertx;
    private final long timeoutMillis;
    private final Buffer timedOut;

    JsonBodyRoute(Vertx vertx, SealedConfig config, ObjectMapper json) throws JsonProcessingException {
        this.vertx = vertx;
        this.timeoutMillis = Math.max(1, config.intake().jsonBodyTimeout().toMillis());
        this.timedOut = Buffer.buffer(json.writeValueAsBytes(Problem.of(408, "request-timeout", "Request timeout",
                "The request body did not arrive in time.")));
    }

    void install(@Observes Router router) {
        router.route(AdmissionRoute.API_PATHS).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2).handler(this::read);
    }

    private void read(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // HTTP/2 keeps RESTEasy Reactive's own read: it pauses the request when it begins, which an HTTP/2
        // request refuses once its body has been read ("Request has already been read").
        if (request.version() == HttpVersion.HTTP_2 || BodyLimitProblemRoute.UPLOAD_PATH.equals(request.path())
                || BodyLimitProblemRoute.declaredLength(request) <= 0 || request.isEnded()) {
            rc.next();
            return;
        }
        if (request.version() == HttpVersion.HTTP_1_1
                && HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // Such a client sends the body only after this (or after its own timeout); RESTEasy
            // Reactive would have sent it when it started reading, which now happens here.
            rc.response().writeContinue();
        }
        long timer = vertx.setTimer(timeoutMillis, id -> timeOut(rc));
        request.body().onComplete(body -> {
            vertx.cancelTimer(timer);
            if (rc.response().ended() || rc.response().closed()) {
                return;
            }
            if (body.succeeded()) {
                rc.setBody(body.result());
                rc.next();
            } else {
                // The connection broke mid-body: nobody is left to answer.
                request.connection().close();
            }
        });
        // Quarkus pauses every request before routing; the body flows only once it is resumed.
        request.resume();
    }

    private void timeOut(RoutingContext rc) {
        if (rc.response().ended() || rc.response().closed()) {
            return;
        }
        rc.response().setStatusCode(408).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close");
        rc.response().end(timedOut).onComplete(v -> rc.request().connection().close());
    }
}
