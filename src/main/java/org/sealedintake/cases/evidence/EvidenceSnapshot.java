package org.sealedintake.cases.evidence;

import java.time.Instant;

/**
 * What the service holds of a reported item: status, the owner the platform named, the SHA-256 of
 * the whole item and when it was captured. Bytes are read separately.
 */
public record EvidenceSnapshot(
        String canonicalRef,
        EvidenceStatus status,
        String ownerAccountId,
        String mediaType,
        Long sizeBytes,
        String sha256,
        Instant capturedAt,
        int attempts,
        Instant nextAttemptAt) {
}
