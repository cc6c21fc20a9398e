package org.sealedintake.redaction.image;

import static org.sealedintake.redaction.image.ImageRefusedException.Reason.MALFORMED;

/**
 * Reads size and end of an image from its container structure only (PNG chunks, JPEG markers, GIF
 * blocks, RIFF chunks), so a decompression bomb is refused before a decoder allocates anything.
 */
final class HeaderReader {
    private HeaderReader() {
    }

    static ImageHeader read(byte[] b) {
        try {
            return switch (ImageFormat.sniff(b)) {
                case PNG -> png(b);
                case JPEG -> jpeg(b);
                case GIF -> gif(b);
                case WEBP -> webp(b);
            };
        } catch (IndexOutOfBoundsException e) {
            throw new ImageRefusedException(MALFORMED, e);
        }
    }

    /** Chunks after the 8-byte signature; IHDR first, the image ends with IEND's CRC. */
    private static ImageHeader png(byte[] b) {
        if (!ImageFormat.startsWith(b, 12, 'I', 'H', 'D', 'R')) {
            throw new ImageRefusedException(MALFORMED);
        }
        int width = int32(b, 16);
        int height = int32(b, 20);
        int pos = 8;
        while (pos + 8 <= b.length) {
            long length = int32(b, pos) & 0xFFFFFFFFL;
            boolean iend = ImageFormat.startsWith(b, pos + 4, 'I', 'E', 'N', 'D');
            long next = pos + 12 + length;
            if (next > b.length) {
                break;
            }
            if (iend) {
                return header(ImageFormat.PNG, width, height, (int) next, false);
            }
            pos = (int) next;
        }
        throw new ImageRefusedException(MALFORMED);
    }

    /** Marker segments up to EOI; entropy-coded data after each SOS is skipped to the next marker. */
    private static ImageHeader jpeg(byte[] b) {
        int width = -1;
        int height = -1;
        int pos = 2;
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                throw new ImageRefusedException(MALFORMED);
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xD9) {
                if (width <= 0) {
                    break;
                }
                return header(ImageFormat.JPEG, width, height, pos + 2, true);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                pos += 2;
                continue;
            }
            int length = uint16(b, pos + 2);
            if (isStartOfFrame(marker) && width < 0) {
                height = uint16(b, pos + 5);
                width = uint16(b, pos + 7);
            }
            pos += 2 + length;
            if (marker == 0xDA) {
                pos = skipEntropyCodedData(b, pos);
            }
        }
        throw new ImageRefusedException(MALFORMED);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** FF00 is a stuffed byte and FFD0-FFD7 restart markers: both belong to the scan. */
    private static int skipEntropyCodedData(byte[] b, int pos) {
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xFF) == 0xFF) {
                int next = b[pos + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return pos;
                }
            }
            pos++;
        }
        return pos;
    }

    /** Header, colour table, then extension and image blocks up to the trailer byte 0x3B; every frame is checked. */
    private static ImageHeader gif(byte[] b) {
        int width = uint16le(b, 6);
        int height = uint16le(b, 8);
        int pos = 13 + colourTableSize(b[10]);
        int largestFrame = 0;
        while (pos < b.length) {
            int block = b[pos] & 0xFF;
            if (block == 0x3B) {
                return header(ImageFormat.GIF, Math.max(width, largestFrame >>> 16),
                        Math.max(height, largestFrame & 0xFFFF), pos + 1, false);
            } else if (block == 0x21) {
                pos = skipSubBlocks(b, pos + 2);
            } else if (block == 0x2C) {
                int fw = uint16le(b, pos + 5);
                int fh = uint16le(b, pos + 7);
                if ((long) fw * fh > (long) (largestFrame >>> 16) * (largestFrame & 0xFFFF)) {
                    largestFrame = fw << 16 | fh;
                }
                pos = skipSubBlocks(b, pos + 10 + colourTableSize(b[pos + 9]) + 1);
            } else {
                break;
            }
        }
        throw new ImageRefusedException(MALFORMED);
    }

    private static int colourTableSize(byte flags) {
        return (flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
    }

    private static int skipSubBlocks(byte[] b, int pos) {
        while (true) {
            int size = b[pos] & 0xFF;
            pos += 1 + size;
            if (size == 0) {
                return pos;
            }
        }
    }

    /** RIFF gives the end; VP8X (canvas), VP8L (lossless) or VP8 (lossy, a photograph) gives the size. */
    private static ImageHeader webp(byte[] b) {
        long riffSize = int32le(b, 4) & 0xFFFFFFFFL;
        long end = 8 + riffSize + (riffSize & 1);
        if (end > b.length) {
            throw new ImageRefusedException(MALFORMED);
        }
        int pos = 12;
        int width = -1;
        int height = -1;
        boolean lossy = false;
        boolean alpha = false;
        while (pos + 8 <= end) {
            long size = int32le(b, pos + 4) & 0xFFFFFFFFL;
            int data = pos + 8;
            if (ImageFormat.startsWith(b, pos, 'V', 'P', '8', 'X')) {
                alpha = (b[data] & 0x10) != 0;
                width = uint24le(b, data + 4) + 1;
                height = uint24le(b, data + 7) + 1;
            } else if (ImageFormat.startsWith(b, pos, 'V', 'P', '8', 'L') && width < 0) {
                int bits = int32le(b, data + 1);
                width = (bits & 0x3FFF) + 1;
                height = ((bits >>> 14) & 0x3FFF) + 1;
            } else if (ImageFormat.startsWith(b, pos, 'V', 'P', '8', ' ')) {
                lossy = true;
                if (width < 0) {
                    width = uint16le(b, data + 6) & 0x3FFF;
                    height = uint16le(b, data + 8) & 0x3FFF;
                }
            }
            pos = (int) (data + size + (size & 1));
        }
        if (width <= 0) {
            throw new ImageRefusedException(MALFORMED);
        }
        return header(ImageFormat.WEBP, width, height, (int) end, lossy && !alpha);
    }

    private static ImageHeader header(ImageFormat format, int width, int height, int end, boolean photographic) {
        if (width <= 0 || height <= 0) {
            throw new ImageRefusedException(MALFORMED);
        }
        return new ImageHeader(format, width, height, end, photographic);
    }

    private static int int32(byte[] b, int p) {
        return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
    }

    private static int int32le(byte[] b, int p) {
        return (b[p + 3] & 0xFF) << 24 | (b[p + 2] & 0xFF) << 16 | (b[p + 1] & 0xFF) << 8 | (b[p] & 0xFF);
    }

    private static int uint16(byte[] b, int p) {
        return (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
    }

    private static int uint16le(byte[] b, int p) {
        return (b[p + 1] & 0xFF) << 8 | (b[p] & 0xFF);
    }

    private static int uint24le(byte[] b, int p) {
        return (b[p + 2] & 0xFF) << 16 | (b[p + 1] & 0xFF) << 8 | (b[p] & 0xFF);
    }
}
