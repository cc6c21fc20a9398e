package org.sealedintake.intake.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.sealedintake.common.ApiProblem;

/**
 * Judges an upload by its content alone: the magic bytes say whether it is JPEG, PNG or WebP, and the
 * dimensions come from the headers (PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X). Nothing is decoded, so
 * an image whose header claims too many pixels is refused before any decoder allocates memory for it.
 * The container structure is walked (chunk and segment lengths) to refuse truncated or malformed files.
 */
public final class ImageInspector {
    /** What the content turned out to be. */
    public record ImageInfo(String mediaType, int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private final long maxPixels;

    public ImageInspector(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * Returns type and dimensions, or throws a problem: 415 for anything that is not JPEG, PNG or WebP,
     * 413 for too many pixels, 400 for a damaged or truncated image.
     */
    public ImageInfo inspect(byte[] data) {
        if (startsWith(data, 0, PNG_SIGNATURE)) {
            return png(data);
        }
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return jpeg(data);
        }
        if (startsWith(data, 0, ascii("RIFF")) && startsWith(data, 8, ascii("WEBP"))) {
            return webp(data);
        }
        throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                "Only JPEG, PNG and WebP images are accepted; the content decides, not the declared type or name.");
    }

    // --- PNG: signature, IHDR first (13 bytes, CRC checked), then chunks up to IEND with at least one IDAT.
    private ImageInfo png(byte[] d) {
        int pos = PNG_SIGNATURE.length;
        if (d.length < pos + 8 + 13 + 4 || u32be(d, pos) != 13 || !startsWith(d, pos + 4, ascii("IHDR"))) {
            throw malformed();
        }
        // Dimensions first: a header claiming too many pixels is refused whatever follows it.
        ImageInfo info = checked("image/png", u32be(d, pos + 8), u32be(d, pos + 12));
        if (!crcMatches(d, pos, 13)) {
            throw malformed();
        }
        pos += 8 + 13 + 4;
        boolean idat = false;
        while (true) {
            if (pos + 12 > d.length) {
                throw malformed();
            }
            long length = u32be(d, pos);
            if (length > d.length - pos - 12L) {
                throw malformed();
            }
            if (startsWith(d, pos + 4, ascii("IHDR"))) {
                throw malformed();
            }
            if (startsWith(d, pos + 4, ascii("IDAT"))) {
                idat = true;
            }
            if (startsWith(d, pos + 4, ascii("IEND"))) {
                break;
            }
            pos += (int) length + 12;
        }
        if (!idat) {
            throw malformed();
        }
        return info;
    }

    private static boolean crcMatches(byte[] d, int chunkStart, int length) {
        CRC32 crc = new CRC32();
        crc.update(d, chunkStart + 4, 4 + length);
        return crc.getValue() == u32be(d, chunkStart + 8 + length);
    }

    // --- JPEG: marker segments up to the first SOFn (dimensions), then on to SOS; an EOI must follow.
    private ImageInfo jpeg(byte[] d) {
        int pos = 2;
        ImageInfo info = null;
        while (true) {
            if (pos >= d.length || (d[pos] & 0xff) != 0xff) {
                throw malformed();
            }
            while (pos < d.length && (d[pos] & 0xff) == 0xff) {
                pos++; // fill bytes
            }
            if (pos >= d.length) {
                throw malformed();
            }
            int marker = d[pos++] & 0xff;
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // TEM and RSTn stand alone
            }
            if (marker == 0xd8 || marker == 0xd9 || marker == 0x00) {
                throw malformed(); // a second SOI, or EOI before any scan
            }
            if (pos + 2 > d.length) {
                throw malformed();
            }
            int length = u16be(d, pos);
            if (length < 2 || pos + length > d.length) {
                throw malformed();
            }
            if (isStartOfFrame(marker)) {
                if (info != null || length < 8) {
                    throw malformed();
                }
                int height = u16be(d, pos + 3);
                int width = u16be(d, pos + 5);
                info = checked("image/jpeg", width, height);
            }
            if (marker == 0xda) { // SOS: entropy-coded data follows
                if (info == null) {
                    throw malformed();
                }
                if (indexOfEoi(d, pos + length) < 0) {
                    throw malformed();
                }
                return info;
            }
            pos += length;
        }
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /** In entropy-coded data 0xFF is followed by 0x00 (stuffing) or RSTn; 0xFF 0xD9 is the end. */
    private static int indexOfEoi(byte[] d, int from) {
        for (int i = from; i + 1 < d.length; i++) {
            if ((d[i] & 0xff) == 0xff && (d[i + 1] & 0xff) == 0xd9) {
                return i;
            }
        }
        return -1;
    }

    // --- WebP: RIFF container; the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended).
    private ImageInfo webp(byte[] d) {
        long riffSize = u32le(d, 4);
        if (riffSize < 4 + 8 || riffSize + 8 > d.length || (riffSize & 1) != 0) {
            throw malformed();
        }
        int end = (int) riffSize + 8;
        int pos = 12;
        ImageInfo info = null;
        boolean imageData = false;
        boolean first = true;
        while (pos < end) {
            if (pos + 8 > end) {
                throw malformed();
            }
            String fourcc = new String(d, pos, 4, StandardCharsets.US_ASCII);
            long size = u32le(d, pos + 4);
            if (size > end - pos - 8L) {
                throw malformed();
            }
            int data = pos + 8;
            switch (fourcc) {
                case "VP8X" -> {
                    if (!first || size < 10) {
                        throw malformed();
                    }
                    info = checked("image/webp", u24le(d, data + 4) + 1L, u24le(d, data + 7) + 1L);
                }
                case "VP8L" -> {
                    if (size < 5 || (d[data] & 0xff) != 0x2f) {
                        throw malformed();
                    }
                    long bits = u32le(d, data + 1);
                    if ((bits >>> 29) != 0) {
                        throw malformed(); // version must be 0
                    }
                    ImageInfo frame = checked("image/webp", (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
                    info = info == null ? frame : info;
                    imageData = true;
                }
                case "VP8 " -> {
                    if (size < 10 || (d[data] & 1) != 0 || (d[data + 3] & 0xff) != 0x9d
                            || (d[data + 4] & 0xff) != 0x01 || (d[data + 5] & 0xff) != 0x2a) {
                        throw malformed(); // not a key frame, or no start code
                    }
                    ImageInfo frame = checked("image/webp", u16le(d, data + 6) & 0x3fff, u16le(d, data + 8) & 0x3fff);
                    info = info == null ? frame : info;
                    imageData = true;
                }
                case "ANMF" -> imageData = true;
                default -> {
                    if (first) {
                        throw malformed();
                    }
                }
            }
            first = false;
            pos = data + (int) size + (int) (size & 1);
        }
        if (info == null || !imageData) {
            throw malformed();
        }
        return info;
    }

    private ImageInfo checked(String mediaType, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw malformed();
        }
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE || width * height > maxPixels) {
            throw new ApiProblem(413, "image-too-large", "Image too large",
                    "The image has more pixels than this service accepts (" + maxPixels + ").");
        }
        return new ImageInfo(mediaType, (int) width, (int) height);
    }

    private static ApiProblem malformed() {
        return new ApiProblem(400, "malformed-image", "Malformed image",
                "The file starts like a JPEG, PNG or WebP image but is truncated or damaged.");
    }

    private static boolean startsWith(byte[] d, int at, byte[] prefix) {
        return at + prefix.length <= d.length && Arrays.equals(d, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static long u32be(byte[] d, int i) {
        return ((long) (d[i] & 0xff) << 24) | ((d[i + 1] & 0xff) << 16) | ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
    }

    private static int u16be(byte[] d, int i) {
        return ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
    }

    private static long u32le(byte[] d, int i) {
        return ((long) (d[i + 3] & 0xff) << 24) | ((d[i + 2] & 0xff) << 16) | ((d[i + 1] & 0xff) << 8) | (d[i] & 0xff);
    }

    private static int u24le(byte[] d, int i) {
        return ((d[i + 2] & 0xff) << 16) | ((d[i + 1] & 0xff) << 8) | (d[i] & 0xff);
    }

    private static int u16le(byte[] d, int i) {
        return ((d[i + 1] & 0xff) << 8) | (d[i] & 0xff);
    }
}
