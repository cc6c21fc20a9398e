package org.sealedintake.redaction.image;

/**
 * A moderator copy: freshly encoded pixels and nothing else. {@code trailingBytes} is how much the
 * original carried after its end marker (reported by size only; its content is never kept).
 */
public record StrippedImage(byte[] bytes, String mediaType, int width, int height, long trailingBytes) {
}
