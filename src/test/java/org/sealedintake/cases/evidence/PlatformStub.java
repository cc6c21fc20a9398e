package org.sealedintake.cases.evidence;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * An in-process WireMock playing the platform's content API for the evidence tests, and the profile that
 * points the service at it with small limits (1 MiB cap, 3 attempts, 10 s first backoff, 5 s metadata timeout:
 * generous, the test machines are shared and slow).
 */
public class PlatformStub implements QuarkusTestResourceLifecycleManager {
    static final String SERVICE_TOKEN = "test-only-platform-service-token";
    static final long CAP = 1024 * 1024;
    static volatile WireMockServer server;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformStub.class));
        }
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "sealed.platform.content-api.url", server.baseUrl() + "/platform",
                "sealed.platform.content-api.token", SERVICE_TOKEN,
                "sealed.platform.content-api.metadata-timeout", "PT5S",
                "sealed.platform.content-api.bytes-timeout", "PT10S",
                "sealed.evidence.capture.lease", "PT30S",
                "sealed.evidence.max-bytes", Long.toString(CAP),
                "sealed.evidence.capture.max-attempts", "3",
                "sealed.evidence.capture.initial-backoff", "PT10S",
                "sealed.evidence.capture.max-backoff", "PT1M");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
