package org.sealedintake.intake.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.ApiProblem;

class ImageInspectorTest {
    private final ImageInspector inspector = new ImageInspector(40_000_000);

    @Test
    void recognisesPngAndReadsItsDimensions() {
        assertEquals(new ImageInspector.ImageInfo("image/png", 37, 21), inspector.inspect(TestImages.png(37, 21)));
    }

    @Test
    void recognisesJpegAndReadsItsDimensions() {
        assertEquals(new ImageInspector.ImageInfo("image/jpeg", 64, 48), inspector.inspect(TestImages.jpeg(64, 48)));
    }

    @Test
    void recognisesLosslessLossyAndExtendedWebp() {
        ImageInspector.ImageInfo oneByOne = new ImageInspector.ImageInfo("image/webp", 1, 1);
        assertEquals(oneByOne, inspector.inspect(TestImages.webpLossless()));
        assertEquals(oneByOne, inspector.inspect(TestImages.webpLossy()));
        assertEquals(oneByOne, inspector.inspect(TestImages.webpExtended()));
        ImageInspector.ImageInfo fiveByThree = new ImageInspector.ImageInfo("image/webp", 5, 3);
        assertEquals(fiveByThree, inspector.inspect(TestImages.webpLossless5x3()));
        assertEquals(fiveByThree, inspector.inspect(TestImages.webpLossy5x3()));
    }

    @Test
    void refusesTextAndOtherFormatsAs415() {
        assertStatus(415, "unsupported-media-type", "just some text, not an image".getBytes(StandardCharsets.UTF_8));
        assertStatus(415, "unsupported-media-type", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertStatus(415, "unsupported-media-type", new byte[0]);
        // RIFF, but not WebP (a WAVE file)
        assertStatus(415, "unsupported-media-type", "RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusesPngHeaderClaimingHundredThousandSquaredPixelsFromTheHeaderAlone() {
        assertStatus(413, "image-too-large", TestImages.pngClaiming(100_000, 100_000));
        // Signature and IHDR are all it takes: nothing after the header is needed to refuse it.
        assertStatus(413, "image-too-large", TestImages.pngSignatureAndHeader(100_000, 100_000));
    }

    @Test
    void acceptsExactlyTheConfiguredPixelLimitAndRefusesOneMore() {
        ImageInspector small = new ImageInspector(100);
        assertEquals(100, small.inspect(TestImages.png(10, 10)).pixels());
        assertThrows(ApiProblem.class, () -> small.inspect(TestImages.png(101, 1)));
    }

    @Test
    void refusesPngWhoseIhdrIsMissingOrDamaged() {
        byte[] png = TestImages.png(8, 8);
        byte[] noIhdr = TestImages.concat(Arrays.copyOf(png, 8), TestImages.chunk("IEND", new byte[0]));
        assertStatus(400, "malformed-image", noIhdr);
        byte[] badCrc = png.clone();
        badCrc[8 + 8 + 12] ^= 0x01; // the IHDR's interlace field: the CRC no longer matches
        assertStatus(400, "malformed-image", badCrc);
        assertStatus(400, "malformed-image", TestImages.pngSignatureAndHeader(0, 5));
    }

    @Test
    void refusesTruncatedImagesOfEveryFormat() {
        byte[] png = TestImages.png(40, 40);
        assertStatus(400, "malformed-image", Arrays.copyOf(png, png.length - 20));
        byte[] jpeg = TestImages.jpeg(40, 40);
        assertStatus(400, "malformed-image", Arrays.copyOf(jpeg, jpeg.length / 2));
        assertStatus(400, "malformed-image", Arrays.copyOf(jpeg, 30));
        byte[] webp = TestImages.webpLossless();
        assertStatus(400, "malformed-image", Arrays.copyOf(webp, webp.length - 4));
        // A PNG signature and header without any image data
        assertStatus(400, "malformed-image", TestImages.pngSignatureAndHeader(8, 8));
    }

    @Test
    void refusesWebpWithoutImageDataOrWithAnUnknownFirstChunk() {
        byte[] canvasOnly = TestImages.concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[] { 22, 0, 0, 0 },
                "WEBPVP8X".getBytes(StandardCharsets.US_ASCII), new byte[] { 10, 0, 0, 0 }, new byte[10]);
        assertStatus(400, "malformed-image", canvasOnly);
        byte[] unknown = TestImages.webpLossless();
        unknown[12] = 'Q';
        assertStatus(400, "malformed-image", unknown);
    }

    private void assertStatus(int status, String type, byte[] content) {
        ApiProblem p = assertThrows(ApiProblem.class, () -> inspector.inspect(content));
        assertEquals(status, p.status(), p.type());
        assertEquals(type, p.type());
    }
}
