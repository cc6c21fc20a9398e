package org.sealedintake.outbox;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Webhook URLs by destination name, from configuration only: a row names where it goes, never the
 * URL, so a database writer cannot redirect deliveries.
 */
@ApplicationScoped
// Eager: a plain-http URL in production must stop the start, not the first delivery.
@Startup
public class OutboxDestinations {
    private final Map<String, URI> urls;

    OutboxDestinations(OutboxConfig config) {
        this.urls = config.destinations().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().url()));
        for (Map.Entry<String, URI> e : urls.entrySet()) {
            String scheme = e.getValue().getScheme();
            if (!"https".equalsIgnoreCase(scheme) && !("http".equalsIgnoreCase(scheme) && !config.requireHttps())) {
                throw new IllegalStateException("sealed.outbox.destinations.\"" + e.getKey()
                        + "\".url must be an https URL (sealed.outbox.require-https)");
            }
        }
    }

    /** The webhook URL of {@code destination}, if configured. */
    public Optional<URI> urlOf(String destination) {
        return Optional.ofNullable(urls.get(destination));
    }
}
