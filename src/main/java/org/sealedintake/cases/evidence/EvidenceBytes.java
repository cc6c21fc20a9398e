package org.sealedintake.cases.evidence;

/**
 * The kept bytes of a captured item, decrypted. {@code sha256} (hex) is of these bytes, which are the
 * whole item unless {@code truncated} (the item was larger than {@code sealed.evidence.max-bytes}).
 */
public record EvidenceBytes(String canonicalRef, String mediaType, byte[] bytes, boolean truncated, String sha256) {

    @Override
    public String toString() {
        return "EvidenceBytes[" + canonicalRef + ", " + bytes.length + " bytes]";
    }
}
