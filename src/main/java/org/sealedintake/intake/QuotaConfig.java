package org.sealedintake.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Per-account limits (docs/quotas.md). Kept in PostgreSQL, so every replica counts against the same
 * numbers; a refusal is 429 with Retry-After.
 */
@ConfigMapping(prefix = "sealed.quota")
public interface QuotaConfig {
    /** Reports one account may file per clock hour. Someone documenting a harassment campaign files many. */
    @WithDefault("30")
    int reportsPerHour();

    /** Uploads one account may make per clock hour (10 attachments per report, a few reports). */
    @WithDefault("60")
    int uploadsPerHour();

    /** Upload bytes one account may send per {@link #uploadBytesWindow()}: what it can make the service hold. */
    @WithDefault("209715200")
    long uploadBytesPerWindow();

    /** The window of the upload-bytes limit: unused attachments are held this long (sealed.intake.attachment-ttl). */
    @WithDefault("PT24H")
    Duration uploadBytesWindow();
}
