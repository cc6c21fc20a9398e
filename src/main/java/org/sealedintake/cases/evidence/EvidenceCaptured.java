package org.sealedintake.cases.evidence;

import java.time.Instant;

/**
 * Fired (CDI, after the capture commits) when the platform's content API has answered for a
 * content reference: the owner the platform names is the case's creator, never what a reporter typed.
 */
public record EvidenceCaptured(String canonicalRef, String ownerAccountId, Instant capturedAt) {
}
