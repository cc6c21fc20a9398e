package org.sealedintake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mapping as production reads it: quoted destination names, https only, nothing configured is fine. */
class OutboxConfigTest {
    private static OutboxConfig config(Map<String, String> values) {
        SmallRyeConfig c = new SmallRyeConfigBuilder().withMapping(OutboxConfig.class)
                .withSources(new MapBackedConfigSource("test", values) {
                }).build();
        return c.getConfigMapping(OutboxConfig.class);
    }

    @Test
    void withoutDestinationsEveryRowWouldBeParkedAndTheDefaultsHold() {
        OutboxConfig c = config(Map.of());
        assertTrue(c.destinations().isEmpty());
        assertTrue(c.requireHttps());
        assertTrue(c.dispatcher().enabled());
        assertEquals(12, c.retry().maxAttempts());
        assertEquals(Optional.empty(), new OutboxDestinations(c).urlOf("platform-enforcement"));
    }

    @Test
    void quotedDestinationNamesResolveAndPlainHttpIsRefusedOutsideDevAndTest() {
        OutboxConfig https = config(Map.of("sealed.outbox.destinations.\"platform-enforcement\".url", "https://platform.example/hooks/e"));
        assertEquals(Optional.of(URI.create("https://platform.example/hooks/e")),
                new OutboxDestinations(https).urlOf("platform-enforcement"));
        assertEquals(Optional.empty(), new OutboxDestinations(https).urlOf("platform"));

        OutboxConfig http = config(Map.of("sealed.outbox.destinations.\"platform-enforcement\".url", "http://platform.example/hooks/e"));
        assertThrows(IllegalStateException.class, () -> new OutboxDestinations(http));
        OutboxConfig devHttp = config(Map.of("sealed.outbox.destinations.\"platform-enforcement\".url", "http://127.0.0.1:8089/e",
                "sealed.outbox.require-https", "false"));
        assertTrue(new OutboxDestinations(devHttp).urlOf("platform-enforcement").isPresent());
    }
}
