package org.sealedintake.cases.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stand-in README command 1 starts (dev/platform-stub) answers the content API as the service reads
 * it, for the example references docs/evidence.md names, with the demo creator of the realm file as owner.
 */
class DevPlatformStubTest {
    private static WireMockServer stub;
    private static ContentApiClient client;

    @BeforeAll
    static void start() {
        stub = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory("dev/platform-stub"));
        stub.start();
        client = new ContentApiClient(api(URI.create(stub.baseUrl())), evidence(1024 * 1024));
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    static String creatorPlatformId() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Path.of("keycloak/sealed-intake-realm.json").toFile());
        for (JsonNode u : realm.get("users")) {
            if (u.get("username").asText().equals("creator")) {
                return u.get("attributes").get("platform_account_id").get(0).asText();
            }
        }
        throw new AssertionError("no creator in the realm file");
    }

    @Test
    void examplePostIsAPublicImageOwnedByTheDemoCreator() throws Exception {
        var item = assertInstanceOf(FetchOutcome.Fetched.class, client.fetch("post:8812"));
        assertEquals(creatorPlatformId(), item.ownerAccountId());
        assertEquals("image/png", item.mediaType());
        assertEquals("PUBLIC", item.visibility());
        assertFalse(item.truncated());
        assertEquals(0x89, item.bytes()[0] & 0xff);
    }

    @Test
    void examplePrivatePostAndAccountAreAnsweredToo() throws Exception {
        var hidden = assertInstanceOf(FetchOutcome.Fetched.class, client.fetch("post:8813"));
        assertEquals("PRIVATE", hidden.visibility());
        assertEquals("text/plain", hidden.mediaType());
        var account = assertInstanceOf(FetchOutcome.Fetched.class, client.fetch("account:" + creatorPlatformId()));
        assertEquals(creatorPlatformId(), account.ownerAccountId());
    }

    @Test
    void unknownItemsAreNotFoundAndTheUnavailableExampleFails() {
        assertInstanceOf(FetchOutcome.Gone.class, client.fetch("post:9999"));
        assertEquals(new FetchOutcome.Unavailable("HTTP_503"), client.fetch("post:8815"));
    }

    static ContentApiConfig api(URI url) {
        return new ContentApiConfig() {
            public Optional<URI> url() {
                return Optional.of(url);
            }

            public Optional<String> token() {
                return Optional.empty();
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration metadataTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration bytesTimeout() {
                return Duration.ofSeconds(5);
            }
        };
    }

    static EvidenceConfig evidence(long maxBytes) {
        return new EvidenceConfig() {
            public Capture capture() {
                throw new UnsupportedOperationException();
            }

            public long maxBytes() {
                return maxBytes;
            }
        };
    }
}
