package org.sealedintake.cases.evidence;

import java.time.Instant;

/**
 * What the service holds of a reported item: status, the owner the platform named, the SHA-256 of
 * the whole item and when it was captured. Bytes are read separately ({@link EvidenceService#bytesFor}).
 * {@code sizeBytes} and {@code sha256} are of the kept bytes: the whole item unless {@code truncated}
 * (larger than the cap; only the first {@code sealed.evidence.max-bytes} were kept).
 * {@code visibilityAtCapture} is what the platform said when the item was captured (e.g. PRIVATE).
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
        Instant nextAttemptAt,
        boolean truncated,
        String visibilityAtCapture) {

    /** The seam's original shape: not truncated, visibility unknown. */
    public EvidenceSnapshot(String canonicalRef, EvidenceStatus status, String ownerAccountId, String mediaType,
            Long sizeBytes, String sha256, Instant capturedAt, int attempts, Instant nextAttemptAt) {
        this(canonicalRef, status, ownerAccountId, mediaType, sizeBytes, sha256, capturedAt, attempts, nextAttemptAt,
                false, null);
    }
}
