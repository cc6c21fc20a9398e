package org.sealedintake.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The global admission limit (docs/limits.md, "Overload"): at most {@code sealed.admission.max-concurrent}
 * {@code /v1} requests are in progress in this process, up to {@code max-queued} more wait for a place
 * ({@code burst-wait} at most while the line clears now and then, {@code max-wait} once it has stood for
 * {@code standing-after}), and every other request is refused at once with 503 {@code overloaded} and
 * {@code Retry-After}. The route runs before anything that reads the body, authenticates or touches the
 * database, so a refused request has written nothing (no idempotency claim, quota charge or audit event).
 * Health, metrics and the OpenAPI document are on the management port's own router and never limited.
 * <p>
 * Nothing here blocks: the event loop only counts. A waiting request's steps (admission from the line,
 * the timer of its wait, its connection closing) run on the event loop that received it; only the end of
 * an admitted request's answer can come from a worker thread. The shared {@link AdmissionGate} is
 * synchronised, for a few instructions; a request's own state is one atomic reference.
 */
@ApplicationScoped
public class AdmissionRoute {
    static final String API_PATHS = "/v1/*";
    /** A refused request's body up to this size is read and dropped on a kept connection; a larger one closes it. */
    private static final long KEEP_ALIVE_DRAIN_BYTES = 64 * 1024;

    private final AdmissionConfig config;
    private final AdmissionGate<Pending> gate;
    private final Vertx vertx;
    private final Buffer problem;
    private final String retryAfter;
    private final Counter refusedFull;
    private final Counter refusedWaited;

    AdmissionRoute(AdmissionConfig config, Vertx vertx, ObjectMapper json, MeterRegistry metrics) throws JsonProcessingException {
        this.config = config;
        this.vertx = vertx;
        this.gate = new AdmissionGate<>(config.maxConcurrent(), config.maxQueued(), config.standingAfter().toNanos());
        // Generic on purpose: the refusal says nothing about the caller, the request or any report.
        this.problem = Buffer.buffer(json.writeValueAsBytes(Problem.of(503, "overloaded", "Service overloaded",
                "The service is handling as many requests as it can; retry after the given number of seconds.")));
        this.retryAfter = Integer.toString(config.retryAfterSeconds());
        // No label names an account, a route or a report (threat T15): the only label is why.
        this.refusedFull = Counter.builder("sealed.admission.refusals").tag("reason", "full")
                .description("Requests refused with 503 because every place and the whole line were taken").register(metrics);
        this.refusedWaited = Counter.builder("sealed.admission.refusals").tag("reason", "wait")
                .description("Requests refused with 503 after waiting sealed.admission.max-wait for a place").register(metrics);
        Gauge.builder("sealed.admission.in.progress", gate, AdmissionGate::inProgress)
                .description("Requests in progress under the admission limit").register(metrics);
        Gauge.builder("sealed.admission.waiting", gate, AdmissionGate::waiting)
                .description("Requests waiting for a place under the admission limit").register(metrics);
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            // After the head and body size checks (cheap refusals, orders -4 to -2), before everything else.
            router.route(API_PATHS).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::admit);
        }
    }

    private void admit(RoutingContext rc) {
        Pending p = new Pending(rc, Vertx.currentContext());
        rc.addEndHandler(done -> ended(p));
        switch (gate.enter(p)) {
            case ADMITTED -> {
                p.state.set(State.ADMITTED);
                rc.next();
            }
            case QUEUED -> p.timer = vertx.setTimer(Math.max(1, waitAllowed().toMillis()), id -> waitedTooLong(p));
            case REFUSED -> {
                p.state.set(State.GONE);
                refusedFull.increment();
                refuse(rc);
            }
        }
    }

    /**
     * The end of the answer, or of the connection: give the place back, once. May run on a worker thread
     * (an answer written there) and again on the event loop (the connection closing), hence the atomic swap.
     */
    private void ended(Pending p) {
        State before = p.state.getAndSet(State.GONE);
        if (before == State.ADMITTED) {
            release();
        } else if (before == State.WAITING) {
            // Out of the line; if a place was handed to it just now, letIn finds it gone and gives it back.
            gate.giveUp(p);
        }
    }

    /**
     * CoDel's rule for a server's line (as in Facebook's adaptive queueing): a line that emptied recently
     * is a burst, and a request may wait {@code burst-wait} for it to clear, so a service below its
     * capacity admits everything; a line that has stood for {@code standing-after} means overload, and a
     * request waits only {@code max-wait}, so what is admitted keeps its latency and the rest is refused.
     * Overload outlasts the line it began with: it ends only when two requests in a row that found every
     * place taken come more than {@code standing-after} apart ({@link AdmissionGate#standing}), because the
     * short waits refuse the waiters and empty the line while the load goes on.
     */
    private java.time.Duration waitAllowed() {
        return gate.standing(System.nanoTime()) ? config.maxWait() : config.burstWait();
    }

    private void waitedTooLong(Pending p) {
        if (p.state.get() == State.WAITING && gate.giveUp(p)) {
            p.state.set(State.GONE);
            refusedWaited.increment();
            refuse(p.rc);
        }
        // Otherwise it was admitted meanwhile (or left): letIn has run or will run.
    }

    private void release() {
        Pending next = gate.leave();
        if (next != null) {
            next.context.runOnContext(v -> letIn(next));
        }
    }

    /** Runs on the waiter's own event loop, after the gate handed it a place. */
    private void letIn(Pending p) {
        vertx.cancelTimer(p.timer);
        if (p.state.compareAndSet(State.WAITING, State.ADMITTED)) {
            p.rc.next();
        } else {
            // The client went away while the place was on its way.
            release();
        }
    }

    private void refuse(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (rc.response().ended() || rc.response().closed()) {
            return;
        }
        rc.response().setStatusCode(503).putHeader("Retry-After", retryAfter)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        long declared = BodyLimitProblemRoute.declaredLength(request);
        if (declared == 0 || (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null)) {
            rc.response().end(problem);
        } else if (declared > 0 && declared <= KEEP_ALIVE_DRAIN_BYTES) {
            // A small body (a report is a few KiB): read and drop it, and keep the connection, so that
            // clients do not add new connections (and TLS handshakes) to an overloaded service.
            request.handler(chunk -> { });
            request.endHandler(v -> { });
            rc.response().end(problem);
            request.resume();
        } else {
            // An upload may still be arriving: answer, drop a bounded rest of it and close, as for a 413.
            BodyLimitProblemRoute.refuse(request, rc.response(), problem);
        }
    }

    private enum State { WAITING, ADMITTED, GONE }

    /** One request under the limit. */
    private static final class Pending {
        final RoutingContext rc;
        final Context context;
        final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        volatile long timer = -1;

        Pending(RoutingContext rc, Context context) {
            this.rc = rc;
            this.context = context;
        }
    }
}
