package org.sealedintake.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The exported form of a checkpoint, the same for every destination:
 * {@code {"kind","seq","headHash"(hex),"createdAtMicros","createdAt","keyId","signature"(base64)}}.
 */
final class CheckpointJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointJson() {
    }

    static ObjectNode node(Checkpoint c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", c.kind().name());
        n.put("seq", c.seq());
        n.put("headHash", c.headHashHex());
        n.put("createdAtMicros", c.createdAtMicros());
        n.put("createdAt", c.createdAt().toString());
        n.put("keyId", c.keyId());
        n.put("signature", Base64.getEncoder().encodeToString(c.signature()));
        return n;
    }

    static ObjectNode node(Disclosure d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", DISCLOSURE);
        n.put("requestId", d.requestId().toString());
        n.put("reportId", d.reportId().toString());
        n.put("requester", d.requester());
        d.approvers().forEach(n.putArray("approvers")::add);
        n.put("disclosedAtMicros", d.disclosedAtMicros());
        n.put("disclosedAt", d.disclosedAt().toString());
        n.put("keyId", d.keyId());
        n.put("signature", Base64.getEncoder().encodeToString(d.signature()));
        return n;
    }

    /** The kind of a disclosure line: not a checkpoint, but a line of the export that belongs there. */
    static final String DISCLOSURE = "DISCLOSURE";

    static String write(Disclosure d) {
        try {
            return JSON.writeValueAsString(node(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("disclosure could not be serialised", e);
        }
    }

    /** True for a well-formed disclosure line. */
    static boolean isDisclosure(JsonNode n) {
        return n != null && n.isObject() && DISCLOSURE.equals(n.path("kind").asText()) && n.hasNonNull("requestId")
                && n.hasNonNull("signature");
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON");
        }
    }

    static String write(Checkpoint c) {
        try {
            return JSON.writeValueAsString(node(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checkpoint could not be serialised", e);
        }
    }

    /** Parses one checkpoint; anything else is an {@link IllegalArgumentException}. */
    static Checkpoint read(String json) {
        try {
            return of(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a checkpoint");
        }
    }

    static Checkpoint of(JsonNode n) {
        try {
            return new Checkpoint(Checkpoint.Kind.valueOf(n.get("kind").asText()), n.get("seq").asLong(),
                    HexFormat.of().parseHex(n.get("headHash").asText()), n.get("createdAtMicros").asLong(),
                    n.get("keyId").asLong(), Base64.getDecoder().decode(n.get("signature").asText()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a checkpoint");
        }
    }

    static JsonNode parseArray(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a checkpoint list");
        }
    }
}
