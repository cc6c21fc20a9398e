package org.sealedintake.notices;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits that keep the creator-text guard from becoming an oracle (docs/leak-guard.md). */
@ConfigMapping(prefix = "sealed.guard")
public interface GuardConfig {
    /** Refused creator-bound texts one moderator may produce per {@link #refusalWindow()}; more answer 429. */
    @WithDefault("10")
    int refusalsPerModerator();

    /** The window of the per-moderator refusal limit. */
    @WithDefault("PT1H")
    Duration refusalWindow();

    /** Refusals on one case from which the case is flagged for a senior moderator. */
    @WithDefault("3")
    int refusalsToFlagCase();
}
