package org.sealedintake.redaction.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Test images carrying everything a moderator copy must lose: camera make and model, the author,
 * GPS position, comments, XMP, IPTC, an ICC profile, and an "uncropped" image after the end marker.
 * Built byte by byte so the test controls exactly what is in them.
 */
public final class ImageFixtures {
    public static final String MAKE = "SpyCamMaker";
    public static final String MODEL = "ModelX9000";
    public static final String ARTIST = "Reporter Real Name";
    public static final String COMMENT = "secret comment 42";
    public static final String XMP_CREATOR = "xmp-creator-person";
    public static final String IPTC_BYLINE = "iptc-byline-person";
    public static final String TRAILER_MARK = "UNCROPPED-SCREENSHOT-TAIL";

    private ImageFixtures() {
    }

    static BufferedImage gradient(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, ((x * 5) & 0xFF) << 16 | ((y * 7) & 0xFF) << 8 | ((x + y) * 3 & 0xFF));
            }
        }
        return img;
    }

    static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a cropped screenshot can keep after its end marker: the rest of the picture. */
    static byte[] trailer() {
        return concat(encode(gradient(40, 40), "png"), TRAILER_MARK.getBytes(StandardCharsets.US_ASCII));
    }

    // ---------------------------------------------------------------- EXIF (TIFF)

    record Entry(int tag, int type, int count, byte[] data) {
        static Entry ascii(int tag, String s) {
            byte[] b = (s + "\0").getBytes(StandardCharsets.US_ASCII);
            return new Entry(tag, 2, b.length, b);
        }

        static Entry shortValue(int tag, int v) {
            return new Entry(tag, 3, 1, new byte[] {(byte) (v >> 8), (byte) v});
        }

        static Entry rationals(int tag, long... numDen) {
            ByteBuffer b = ByteBuffer.allocate(numDen.length * 4);
            for (long v : numDen) {
                b.putInt((int) v);
            }
            return new Entry(tag, 5, numDen.length / 2, b.array());
        }
    }

    static byte[] exifWithCameraAuthorAndGps() {
        return tiff(List.of(Entry.ascii(0x010F, MAKE), Entry.ascii(0x0110, MODEL), Entry.ascii(0x013B, ARTIST)),
                List.of(Entry.ascii(0x0001, "N"), Entry.rationals(0x0002, 39, 1, 54, 1, 1512, 100),
                        Entry.ascii(0x0003, "E"), Entry.rationals(0x0004, 116, 1, 24, 1, 2664, 100)));
    }

    static byte[] exifWithOrientation(int orientation) {
        return tiff(List.of(Entry.shortValue(0x0112, orientation)), List.of());
    }

    /** Big-endian TIFF: IFD0 (plus a GPS IFD pointer when GPS entries are given), values after each IFD. */
    static byte[] tiff(List<Entry> ifd0, List<Entry> gps) {
        List<Entry> first = new ArrayList<>(ifd0);
        if (!gps.isEmpty()) {
            first.add(new Entry(0x8825, 4, 1, new byte[4])); // offset patched below
        }
        ByteBuffer out = ByteBuffer.allocate(4096).order(ByteOrder.BIG_ENDIAN);
        out.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        int gpsPointerAt = writeIfd(out, 8, first);
        if (!gps.isEmpty()) {
            int gpsAt = align(out.position());
            out.putInt(gpsPointerAt, gpsAt);
            writeIfd(out, gpsAt, gps);
        }
        byte[] result = new byte[out.position()];
        out.get(0, result);
        return result;
    }

    /** Writes one IFD at {@code at}; returns where the value of its last entry sits (for pointer patching). */
    private static int writeIfd(ByteBuffer out, int at, List<Entry> entries) {
        int dataAt = at + 2 + entries.size() * 12 + 4;
        int lastValueAt = -1;
        out.position(at);
        out.putShort((short) entries.size());
        for (Entry e : entries) {
            out.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            lastValueAt = out.position();
            if (e.data().length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(e.data(), 0, inline, 0, e.data().length);
                out.put(inline);
            } else {
                out.putInt(dataAt);
                int keep = out.position();
                out.put(dataAt, e.data());
                dataAt = align(dataAt + e.data().length);
                out.position(keep);
            }
        }
        out.putInt(0);
        out.position(Math.max(out.position(), dataAt));
        return lastValueAt;
    }

    private static int align(int p) {
        return (p + 1) & ~1;
    }

    // ---------------------------------------------------------------- XMP, IPTC, ICC

    static byte[] xmp() {
        String packet = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                + "<dc:creator><rdf:Seq><rdf:li>" + XMP_CREATOR + "</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    /** Photoshop image resource 0x0404 holding IPTC record 2, dataset 80 (By-line). */
    static byte[] photoshopIptc() {
        byte[] byline = IPTC_BYLINE.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer iptc = ByteBuffer.allocate(5 + byline.length);
        iptc.put((byte) 0x1C).put((byte) 2).put((byte) 80).putShort((short) byline.length).put(byline);
        byte[] data = iptc.array();
        ByteBuffer res = ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + data.length + 1);
        res.put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII)).put("8BIM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0x0404).putShort((short) 0).putInt(data.length).put(data);
        return java.util.Arrays.copyOf(res.array(), res.position() + (data.length & 1));
    }

    static byte[] iccProfile() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    // ---------------------------------------------------------------- JPEG

    public static byte[] jpegWithEverything(int w, int h) {
        byte[] plain = encode(gradient(w, h), "jpeg");
        List<byte[]> segments = List.of(
                segment(0xE1, concat(ascii("Exif\0\0"), exifWithCameraAuthorAndGps())),
                segment(0xE1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"), xmp())),
                segment(0xED, photoshopIptc()),
                segment(0xE2, concat(ascii("ICC_PROFILE\0"), new byte[] {1, 1}, iccProfile())),
                segment(0xFE, ascii(COMMENT)));
        return concat(insertAfterSoi(plain, segments), trailer());
    }

    static byte[] jpegWithOrientation(int w, int h, int orientation) {
        byte[] plain = encode(gradient(w, h), "jpeg");
        return insertAfterSoi(plain, List.of(segment(0xE1, concat(ascii("Exif\0\0"), exifWithOrientation(orientation)))));
    }

    /** A start-of-frame claiming {@code w} x {@code h}, then nothing worth decoding. */
    static byte[] jpegHeaderClaiming(int w, int h) {
        byte[] sof = {8, (byte) (h >> 8), (byte) h, (byte) (w >> 8), (byte) w, 1, 1, 0x11, 0};
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, segment(0xC0, sof),
                segment(0xDA, new byte[] {1, 1, 0, 0, 0x3F, 0}), new byte[] {0x12, 0x34, (byte) 0xFF, (byte) 0xD9});
    }

    private static byte[] segment(int marker, byte[] payload) {
        int len = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (len >> 8), (byte) len}, payload);
    }

    private static byte[] insertAfterSoi(byte[] jpeg, List<byte[]> segments) {
        byte[] result = java.util.Arrays.copyOf(jpeg, 2);
        for (byte[] s : segments) {
            result = concat(result, s);
        }
        return concat(result, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    // ---------------------------------------------------------------- PNG

    static byte[] pngWithEverything(int w, int h) {
        byte[] plain = encode(gradient(w, h), "png");
        List<byte[]> chunks = List.of(
                chunk("tEXt", ascii("Author\0" + ARTIST)),
                chunk("tEXt", ascii("Comment\0" + COMMENT)),
                chunk("iTXt", concat(ascii("XML:com.adobe.xmp\0\0\0\0\0"), xmp())),
                chunk("zTXt", concat(ascii("Description\0\0"), deflate(ascii(IPTC_BYLINE)))),
                chunk("tIME", new byte[] {0x07, (byte) 0xE7, 11, 5, 14, 30, 25}),
                chunk("eXIf", exifWithCameraAuthorAndGps()),
                chunk("iCCP", concat(ascii("sRGB " + MAKE + "\0\0"), deflate(iccProfile()))));
        int afterIhdr = 8 + 25;
        byte[] result = java.util.Arrays.copyOf(plain, afterIhdr);
        for (byte[] c : chunks) {
            result = concat(result, c);
        }
        return concat(result, java.util.Arrays.copyOfRange(plain, afterIhdr, plain.length), trailer());
    }

    /** IHDR claiming {@code w} x {@code h}, one IDAT of compressed zeros (a real bomb is just longer), IEND. */
    static byte[] pngHeaderClaiming(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put(new byte[3]);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", ihdr.array()),
                chunk("IDAT", deflate(new byte[1 << 16])), chunk("IEND", new byte[0]));
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), t, data,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length + 64];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }

    // ---------------------------------------------------------------- GIF

    static byte[] gifWithCommentAndTrailer(int w, int h) {
        byte[] plain = encode(gradient(w, h), "gif");
        byte[] comment = ascii(COMMENT);
        byte[] ext = concat(new byte[] {0x21, (byte) 0xFE, (byte) comment.length}, comment, new byte[] {0});
        // Before the trailer byte 0x3B that ends the file ImageIO wrote.
        byte[] body = java.util.Arrays.copyOf(plain, plain.length - 1);
        return concat(body, ext, new byte[] {0x3B}, trailer());
    }

    static byte[] gifHeaderClaiming(int w, int h) {
        return concat(ascii("GIF89a"), new byte[] {(byte) w, (byte) (w >> 8), (byte) h, (byte) (h >> 8), 0, 0, 0},
                new byte[] {0x2C, 0, 0, 0, 0, (byte) w, (byte) (w >> 8), (byte) h, (byte) (h >> 8), 0, 2, 1, 0, 0},
                new byte[] {0x3B});
    }

    // ---------------------------------------------------------------- WebP

    static byte[] resource(String name) {
        try (InputStream in = ImageFixtures.class.getResourceAsStream("/redaction/images/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed lossy WebP (plain VP8, made with cwebp) wrapped in VP8X with ICC, EXIF and XMP chunks. */
    static byte[] webpWithEverything(byte[] plainWebp, int w, int h) {
        byte[] image = java.util.Arrays.copyOfRange(plainWebp, 12, plainWebp.length);
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x20 | 0x08 | 0x04; // ICC, EXIF, XMP
        vp8x[4] = (byte) (w - 1);
        vp8x[5] = (byte) ((w - 1) >> 8);
        vp8x[7] = (byte) (h - 1);
        vp8x[8] = (byte) ((h - 1) >> 8);
        byte[] body = concat(ascii("WEBP"), riffChunk("VP8X", vp8x), riffChunk("ICCP", iccProfile()), image,
                riffChunk("EXIF", exifWithCameraAuthorAndGps()), riffChunk("XMP ", xmp()));
        return concat(ascii("RIFF"), le32(body.length), body, trailer());
    }

    static byte[] webpHeaderClaiming(int w, int h) {
        byte[] vp8x = new byte[10];
        vp8x[4] = (byte) (w - 1);
        vp8x[5] = (byte) ((w - 1) >> 8);
        vp8x[6] = (byte) ((w - 1) >> 16);
        vp8x[7] = (byte) (h - 1);
        vp8x[8] = (byte) ((h - 1) >> 8);
        vp8x[9] = (byte) ((h - 1) >> 16);
        byte[] body = concat(ascii("WEBP"), riffChunk("VP8X", vp8x), riffChunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0, 0}));
        return concat(ascii("RIFF"), le32(body.length), body);
    }

    private static byte[] riffChunk(String fourcc, byte[] data) {
        byte[] padded = (data.length & 1) == 1 ? concat(data, new byte[1]) : data;
        return concat(ascii(fourcc), le32(data.length), padded);
    }

    private static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    // ---------------------------------------------------------------- bytes

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
