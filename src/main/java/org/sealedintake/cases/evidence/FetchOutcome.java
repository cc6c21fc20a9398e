package org.sealedintake.cases.evidence;

/** What one attempt to read an item from the platform came to. */
sealed interface FetchOutcome {

    /** The platform answered with the item. {@code sha256} is of the kept bytes (the whole item unless truncated). */
    record Fetched(String ownerAccountId, String visibility, String mediaType, byte[] bytes, boolean truncated,
            String sha256) implements FetchOutcome {
    }

    /** 404 or 410: the platform has no such item (any more). */
    record Gone() implements FetchOutcome {
    }

    /** No usable answer; {@code code} is short and never holds a response body (HTTP_503, TIMEOUT, ...). */
    record Unavailable(String code) implements FetchOutcome {
    }
}
