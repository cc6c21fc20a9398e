package org.sealedintake.redaction.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.redaction.image.ImageFixtures.ARTIST;
import static org.sealedintake.redaction.image.ImageFixtures.COMMENT;
import static org.sealedintake.redaction.image.ImageFixtures.IPTC_BYLINE;
import static org.sealedintake.redaction.image.ImageFixtures.MAKE;
import static org.sealedintake.redaction.image.ImageFixtures.MODEL;
import static org.sealedintake.redaction.image.ImageFixtures.TRAILER_MARK;
import static org.sealedintake.redaction.image.ImageFixtures.XMP_CREATOR;

import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.gif.GifCommentDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageStripperTest {
    private static final String[] SECRETS = {MAKE, MODEL, ARTIST, COMMENT, XMP_CREATOR, IPTC_BYLINE, TRAILER_MARK};
    private final ImageStripper stripper = new ImageStripper();

    @Test
    void jpegLosesGpsCameraAuthorCommentsXmpIptcIccAndTrailer() throws Exception {
        byte[] original = ImageFixtures.jpegWithEverything(64, 48);
        MetadataProbe before = new MetadataProbe(original);
        // The fixture really carries it all, so the checks below can fail.
        assertTrue(String.valueOf(before.gpsPosition()).matches("39\\.904\\d*, 116\\.407\\d*"), before.describe());
        for (var kind : List.of(ExifIFD0Directory.class, GpsDirectory.class, JpegCommentDirectory.class,
                XmpDirectory.class, IptcDirectory.class, IccDirectory.class)) {
            assertTrue(before.has(kind), kind.getSimpleName() + " missing from fixture: " + before.describe());
        }
        assertFalse(before.identifyingFindings(MAKE, ARTIST, COMMENT, XMP_CREATOR, IPTC_BYLINE).isEmpty());

        StrippedImage stripped = stripper.strip(original);

        assertEquals("image/jpeg", stripped.mediaType());
        assertEquals(64, stripped.width());
        assertEquals(48, stripped.height());
        assertEquals(ImageFixtures.trailer().length, stripped.trailingBytes());
        assertBare(stripped.bytes());
    }

    @Test
    void pngLosesTextChunksTimeExifIccAndTrailer() throws Exception {
        byte[] original = ImageFixtures.pngWithEverything(50, 30);
        MetadataProbe before = new MetadataProbe(original);
        assertFalse(before.identifyingFindings(ARTIST, COMMENT).isEmpty(), before.describe());

        StrippedImage stripped = stripper.strip(original);

        assertEquals("image/png", stripped.mediaType());
        assertEquals(ImageFixtures.trailer().length, stripped.trailingBytes());
        assertBare(stripped.bytes());
        assertSamePixels(ImageFixtures.gradient(50, 30), ImageIO.read(new ByteArrayInputStream(stripped.bytes())));
    }

    @Test
    void gifLosesCommentAndTrailer() throws Exception {
        byte[] original = ImageFixtures.gifWithCommentAndTrailer(20, 10);
        assertTrue(new MetadataProbe(original).has(GifCommentDirectory.class));

        StrippedImage stripped = stripper.strip(original);

        assertEquals("image/png", stripped.mediaType());
        assertEquals(ImageFixtures.trailer().length, stripped.trailingBytes());
        assertBare(stripped.bytes());
    }

    @Test
    void lossyWebpDecodesAndComesOutAsJpegWithoutExifXmpIccOrTrailer() throws Exception {
        byte[] original = ImageFixtures.webpWithEverything(ImageFixtures.resource("photo-lossy.webp"), 48, 32);
        MetadataProbe before = new MetadataProbe(original);
        assertTrue(before.has(GpsDirectory.class), before.describe());
        assertTrue(before.has(XmpDirectory.class), before.describe());

        StrippedImage stripped = stripper.strip(original);

        assertEquals("image/jpeg", stripped.mediaType());
        assertEquals(48, stripped.width());
        assertEquals(32, stripped.height());
        assertEquals(ImageFixtures.trailer().length, stripped.trailingBytes());
        assertBare(stripped.bytes());
    }

    @Test
    void losslessWebpComesOutAsPng() {
        StrippedImage stripped = stripper.strip(ImageFixtures.resource("drawing-lossless.webp"));
        assertEquals("image/png", stripped.mediaType());
        assertEquals(0, stripped.trailingBytes());
        assertBare(stripped.bytes());
    }

    @Test
    void exifOrientationIsAppliedToThePixelsBeforeExifIsDropped() {
        StrippedImage stripped = stripper.strip(ImageFixtures.jpegWithOrientation(60, 20, 6));
        assertEquals(20, stripped.width());
        assertEquals(60, stripped.height());
        assertBare(stripped.bytes());
    }

    @Test
    void decompressionBombsAreRefusedFromTheHeaderWithoutDecoding() {
        AtomicInteger decoded = new AtomicInteger();
        ImageStripper spied = new ImageStripper(ImageStripper.DEFAULT_MAX_PIXELS, (bytes, length, header) -> {
            decoded.incrementAndGet();
            throw new AssertionError("decoder reached for a refused image");
        });
        List<byte[]> bombs = List.of(ImageFixtures.pngHeaderClaiming(100_000, 100_000),
                ImageFixtures.pngHeaderClaiming(50_000, 1_001),
                ImageFixtures.jpegHeaderClaiming(65_000, 65_000),
                ImageFixtures.gifHeaderClaiming(65_535, 65_535),
                ImageFixtures.webpHeaderClaiming(16_000, 16_000));
        for (byte[] bomb : bombs) {
            ImageRefusedException refused = assertThrows(ImageRefusedException.class, () -> spied.strip(bomb));
            assertEquals(ImageRefusedException.Reason.TOO_MANY_PIXELS, refused.reason());
            assertThrows(ImageRefusedException.class, () -> spied.blurredPreview(bomb, 64));
        }
        assertEquals(0, decoded.get());
    }

    @Test
    void aTwelveMegapixelPhotoIsWithinTheDefaultLimit() {
        AtomicInteger decoded = new AtomicInteger();
        ImageStripper spied = new ImageStripper(ImageStripper.DEFAULT_MAX_PIXELS, (bytes, length, header) -> {
            decoded.incrementAndGet();
            return ImageFixtures.gradient(4, 3);
        });
        spied.strip(ImageFixtures.jpegHeaderClaiming(4000, 3000));
        assertEquals(1, decoded.get());
    }

    @Test
    void unknownAndTruncatedFilesAreRefused() {
        assertEquals(ImageRefusedException.Reason.UNSUPPORTED_FORMAT, assertThrows(ImageRefusedException.class,
                () -> stripper.strip("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).reason());
        byte[] png = ImageFixtures.encode(ImageFixtures.gradient(8, 8), "png");
        byte[] truncated = java.util.Arrays.copyOf(png, png.length - 12);
        assertEquals(ImageRefusedException.Reason.MALFORMED,
                assertThrows(ImageRefusedException.class, () -> stripper.strip(truncated)).reason());
        assertEquals(ImageRefusedException.Reason.MALFORMED,
                assertThrows(ImageRefusedException.class, () -> stripper.strip(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).reason());
    }

    @Test
    void previewIsSmallBlurredAndBare() throws Exception {
        BufferedImage checker = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                checker.setRGB(x, y, ((x / 4 + y / 4) % 2 == 0) ? 0xFFFFFF : 0x000000);
            }
        }
        byte[] preview = stripper.blurredPreview(ImageFixtures.encode(checker, "png"), 96);
        BufferedImage p = ImageIO.read(new ByteArrayInputStream(preview));
        assertEquals(96, Math.max(p.getWidth(), p.getHeight()));
        assertTrue(meanNeighbourDifference(p) < 8, "a 4-pixel checkerboard must not survive the blur");
        assertTrue(meanNeighbourDifference(checker) > 50);
        assertBare(preview);
    }

    private static double meanNeighbourDifference(BufferedImage img) {
        long sum = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 1; x < img.getWidth(); x++) {
                sum += Math.abs((img.getRGB(x, y) & 0xFF) - (img.getRGB(x - 1, y) & 0xFF));
                n++;
            }
        }
        return (double) sum / n;
    }

    /** Read back with metadata-extractor, and, second, by bytes; the image ends where its container says. */
    private static void assertBare(byte[] output) {
        MetadataProbe after = new MetadataProbe(output);
        assertEquals(List.of(), after.identifyingFindings(SECRETS), after.describe());
        String bytes = new String(output, StandardCharsets.ISO_8859_1);
        for (String secret : SECRETS) {
            assertFalse(bytes.contains(secret), secret);
        }
        for (String marker : List.of("Exif", "http://ns.adobe.com", "ICC_PROFILE", "Photoshop", "tEXt", "iTXt", "zTXt",
                "eXIf", "iCCP", "tIME")) {
            assertFalse(bytes.contains(marker), marker);
        }
        ImageHeader header = HeaderReader.read(output);
        assertEquals(output.length, header.end(), "nothing after the end marker");
        assertNotNull(header);
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        int[] a = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
        int[] b = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
        assertArrayEquals(a, b);
    }
}
