package org.sealedintake.cases.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The plaintext of {@code evidence.details}: the owner the platform named, the SHA-256, the visibility at capture. */
record EvidenceDetails(String ownerAccountId, String sha256, String visibility) {
    private static final ObjectMapper JSON = new ObjectMapper();

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvidenceDetails fromJson(byte[] json) {
        try {
            return JSON.readValue(json, EvidenceDetails.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
