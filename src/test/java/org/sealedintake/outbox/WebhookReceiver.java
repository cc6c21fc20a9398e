package org.sealedintake.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusMock;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST ONLY: an in-process WireMock standing in for the webhook receivers, and the service's
 * destination table pointed at it for the current test ({@link QuarkusMock}). Destinations a test
 * registers get a path of their own; the standard ones answer 200 on a catch-all path; any other
 * name stays unknown (parked by the dispatcher).
 */
final class WebhookReceiver implements AutoCloseable {
    static final List<String> STANDARD = List.of("platform-enforcement", "platform-notices", "platform-news", "dsa-transparency-db");

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(60));
    private final Map<String, String> paths = new ConcurrentHashMap<>();

    WebhookReceiver(OutboxConfig config) {
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
        for (String d : STANDARD) {
            paths.put(d, "/standard/" + d);
            server.stubFor(post(urlPathEqualTo("/standard/" + d)).atPriority(5).willReturn(aResponse().withStatus(200)));
        }
        URI base = URI.create(server.baseUrl());
        QuarkusMock.installMockForType(new OutboxDestinations(config) {
            @Override
            public Optional<URI> urlOf(String destination) {
                String path = paths.get(destination);
                return path == null ? Optional.empty() : Optional.of(base.resolve(path));
            }
        }, OutboxDestinations.class);
    }

    /** A fresh destination name whose receiver answers {@code statuses} in turn, then 200 for ever. */
    String destination(int... statuses) {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/" + name;
        paths.put(name, path);
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = "after-" + (i + 1);
            server.stubFor(post(urlPathEqualTo(path)).inScenario(name).whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(statuses[i])).willSetStateTo(next));
            state = next;
        }
        server.stubFor(post(urlPathEqualTo(path)).inScenario(name).whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200)));
        return name;
    }

    /** A fresh destination whose receiver always answers {@code status} (until {@link #answer} changes it). */
    String failingDestination(int status) {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        paths.put(name, "/" + name);
        answer(name, status);
        return name;
    }

    void answer(String destination, int status) {
        server.stubFor(post(urlPathEqualTo(paths.get(destination))).atPriority(1).willReturn(aResponse().withStatus(status)));
    }

    List<LoggedRequest> received(String destination) {
        return server.findAll(postRequestedFor(urlPathEqualTo(paths.get(destination))));
    }

    List<LoggedRequest> all() {
        return server.findAll(postRequestedFor(anyUrl()));
    }

    @Override
    public void close() {
        server.stop();
    }
}
