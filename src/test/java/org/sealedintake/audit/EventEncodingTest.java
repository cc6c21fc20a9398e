package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The encoding is a contract with every external verifier: these vectors were computed
 * independently (Python struct + hashlib, see docs/audit.md), not by this code.
 */
class EventEncodingTest {
    static final EventRecord EVENT = new EventRecord(42, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            1763809200123456L, "reporter-of-report", "report.read", "report", "5f0c\u2026\u00e9", null, "ok");

    @Test
    void encodingMatchesTheIndependentlyComputedVector() {
        assertEquals("01000000000000002a123e4567e89b12d3a4564266141740000006442cd4d32e40000000127265706f727465722d6f662d7265706f7274"
                + "0000000b7265706f72742e72656164000000067265706f72740000000935663063e280a6c3a9ffffffff000000026f6b",
                HexFormat.of().formatHex(EventEncoding.encode(EVENT)));
    }

    @Test
    void firstHashIsSha256OverZeroGenesisAndTheEncoding() {
        assertEquals("7fe828752fdecc7587765d28125dfde570f6b64234c6d7af7aec4b79de3fdcc0",
                HexFormat.of().formatHex(EventEncoding.chainHash(EventEncoding.genesis(), EVENT)));
    }

    @Test
    void nullAndEmptyPurposeHashDifferently() {
        EventRecord empty = new EventRecord(EVENT.id(), EVENT.eventId(), EVENT.occurredAtMicros(), EVENT.actor(), EVENT.action(),
                EVENT.objectType(), EVENT.objectId(), "", EVENT.outcome());
        assertEquals("f20931bb993710d44a120c7df946bfb88cccdd5e8ee5aca96b757078adc6a442",
                HexFormat.of().formatHex(EventEncoding.chainHash(EventEncoding.genesis(), empty)));
        assertNotEquals(HexFormat.of().formatHex(EventEncoding.chainHash(EventEncoding.genesis(), EVENT)),
                HexFormat.of().formatHex(EventEncoding.chainHash(EventEncoding.genesis(), empty)));
    }

    @Test
    void movingTextBetweenAdjacentFieldsChangesTheEncoding() {
        EventRecord shifted = new EventRecord(EVENT.id(), EVENT.eventId(), EVENT.occurredAtMicros(), "reporter-of-reportreport.read", "",
                EVENT.objectType(), EVENT.objectId(), EVENT.purpose(), EVENT.outcome());
        assertNotEquals(HexFormat.of().formatHex(EventEncoding.encode(EVENT)), HexFormat.of().formatHex(EventEncoding.encode(shifted)));
    }

    @Test
    void aReusedDigestGivesTheSameHashesAsAFreshOne() {
        java.security.MessageDigest sha = EventEncoding.sha256();
        byte[] viaReused = EventEncoding.chainHash(sha, EventEncoding.genesis(), EVENT);
        assertEquals("7fe828752fdecc7587765d28125dfde570f6b64234c6d7af7aec4b79de3fdcc0", HexFormat.of().formatHex(viaReused));
        // Reused for the next link: the result depends on its inputs only, never on what the digest saw before.
        assertEquals(HexFormat.of().formatHex(EventEncoding.chainHash(viaReused, EVENT)),
                HexFormat.of().formatHex(EventEncoding.chainHash(sha, viaReused, EVENT)));
    }
}
