package org.sealedintake.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the moderator case work (the priority and SLA rules are policy: policies/cases.yaml). */
@ConfigMapping(prefix = "sealed.cases")
public interface CasesConfig {

    /** How long a claim holds before another moderator may take the case over. */
    @WithDefault("PT30M")
    Duration claimFor();

    /** The access-token claim carrying a staff member's stable platform account id (never the username). */
    @WithDefault("platform_account_id")
    String accountClaim();

    /**
     * Hosts of the platform whose URLs are turned into canonical references
     * ({@code https://HOST/video/abc} becomes {@code video:abc}); none by default.
     */
    Optional<List<String>> platformHosts();
}
