package org.sealedintake.redaction.image;

/**
 * What the container says before any pixel is decoded: format, size, and where the image ends.
 * Bytes after {@code end} are a trailer: a cropped screenshot saved over a longer file can keep the
 * uncropped pixels there ("aCropalypse").
 */
record ImageHeader(ImageFormat format, int width, int height, int end, boolean photographic) {
    long pixels() {
        return (long) width * height;
    }
}
