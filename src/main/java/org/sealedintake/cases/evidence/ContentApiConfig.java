package org.sealedintake.cases.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The platform's content API, asked for reported items (docs/evidence.md), under {@code sealed.platform.content-api.*}. */
@ConfigMapping(prefix = "sealed.platform.content-api")
public interface ContentApiConfig {

    /**
     * Base URL: items are read from {@code {url}/content/{ref}} and {@code {url}/content/{ref}/bytes}.
     * Without it nothing is captured and every requested capture stays pending.
     */
    Optional<URI> url();

    /** Bearer token of this service's account on the platform (from a secret); sent on every call when set. */
    Optional<String> token();

    /** How long opening a connection to the platform may take (within the call's own timeout). */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long the metadata answer may take, headers and body. */
    @WithDefault("PT10S")
    Duration metadataTimeout();

    /** How long the bytes may take, headers and whole body (up to the cap); slower is a failed attempt. */
    @WithDefault("PT2M")
    Duration bytesTimeout();
}
