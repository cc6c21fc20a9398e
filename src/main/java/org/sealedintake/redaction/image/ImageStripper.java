package org.sealedintake.redaction.image;

import static org.sealedintake.redaction.image.ImageRefusedException.Reason.MALFORMED;
import static org.sealedintake.redaction.image.ImageRefusedException.Reason.TOO_MANY_PIXELS;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the moderator copy of an image attachment: size checked from the header before decoding,
 * pixels decoded from the image proper (never the bytes after its end marker), and re-encoded
 * without any metadata (JPEG for photographs, PNG otherwise). Plain Java; one instance is shared.
 * Streams are memory-cached so ImageIO never spills attachment bytes to temporary files.
 */
public final class ImageStripper {
    /** 50 megapixels: above any phone camera, far below what a bomb claims. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.9f;
    private static final int PREVIEW_BLUR_STEPS = 12;

    /** Decodes the image proper; a seam so tests can prove a bomb is refused before any decoding. */
    interface Decoder {
        BufferedImage decode(byte[] image, int length, ImageHeader header) throws IOException;
    }

    private final long maxPixels;
    private final Decoder decoder;

    public ImageStripper() {
        this(DEFAULT_MAX_PIXELS);
    }

    public ImageStripper(long maxPixels) {
        this(maxPixels, ImageStripper::decodeWithImageIo);
    }

    ImageStripper(long maxPixels, Decoder decoder) {
        this.maxPixels = maxPixels;
        this.decoder = decoder;
    }

    /** The moderator copy of {@code original} (PNG, JPEG, GIF or WebP). */
    public StrippedImage strip(byte[] original) {
        ImageHeader header = check(original);
        BufferedImage pixels = decode(original, header);
        if (header.format() == ImageFormat.JPEG) {
            pixels = ExifOrientation.apply(pixels, ExifOrientation.of(original, header.end()));
        }
        boolean photo = header.photographic() && !pixels.getColorModel().hasAlpha();
        byte[] encoded = photo ? jpeg(pixels, JPEG_QUALITY) : png(pixels);
        return new StrippedImage(encoded, photo ? "image/jpeg" : "image/png", pixels.getWidth(), pixels.getHeight(),
                original.length - header.end());
    }

    /**
     * A small, heavily blurred JPEG (longest side {@code maxSide}) that shows roughly what an image
     * is without showing who or what is in it; the stripped copy needs an explicit request.
     */
    public byte[] blurredPreview(byte[] image, int maxSide) {
        ImageHeader header = check(image);
        BufferedImage pixels = decode(image, header);
        double scale = (double) maxSide / Math.max(pixels.getWidth(), pixels.getHeight());
        int w = Math.max(1, (int) Math.round(pixels.getWidth() * Math.min(1.0, scale)));
        int h = Math.max(1, (int) Math.round(pixels.getHeight() * Math.min(1.0, scale)));
        // Down to a handful of pixels and back up: detail is gone, not just softened.
        BufferedImage tiny = resize(pixels, Math.max(1, w / PREVIEW_BLUR_STEPS), Math.max(1, h / PREVIEW_BLUR_STEPS));
        BufferedImage soft = resize(tiny, w, h);
        float[] box = new float[25];
        Arrays.fill(box, 1f / 25);
        BufferedImage blurred = new ConvolveOp(new Kernel(5, 5, box), ConvolveOp.EDGE_NO_OP, null).filter(soft, null);
        return jpeg(blurred, 0.7f);
    }

    private ImageHeader check(byte[] original) {
        ImageHeader header = HeaderReader.read(original);
        if (header.pixels() > maxPixels) {
            throw new ImageRefusedException(TOO_MANY_PIXELS);
        }
        return header;
    }

    private BufferedImage decode(byte[] original, ImageHeader header) {
        BufferedImage pixels;
        try {
            pixels = decoder.decode(original, header.end(), header);
        } catch (IOException | RuntimeException e) {
            throw new ImageRefusedException(MALFORMED, e);
        }
        if (pixels == null) {
            throw new ImageRefusedException(MALFORMED);
        }
        return pixels;
    }

    private static BufferedImage decodeWithImageIo(byte[] image, int length, ImageHeader header) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(header.format().imageIoName());
        if (!readers.hasNext()) {
            // ImageIO registers plugins found by the class loader of its first use; under a container's
            // own class loader the WebP plugin may only be found on a rescan.
            ImageIO.scanForPlugins();
            readers = ImageIO.getImageReadersByFormatName(header.format().imageIoName());
        }
        if (!readers.hasNext()) {
            throw new IOException("no reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image, 0, length))) {
            reader.setInput(in, true, true);
            // The decoder must agree with the header we checked; otherwise the check proved nothing.
            if ((long) reader.getWidth(0) * reader.getHeight(0) > header.pixels()) {
                throw new IOException("decoder sees more pixels than the header said");
            }
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    private static byte[] png(BufferedImage src) {
        int type = src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        return write(redraw(src, type), "png", null);
    }

    private static byte[] jpeg(BufferedImage src, float quality) {
        return write(redraw(src, BufferedImage.TYPE_INT_RGB), "jpeg", quality);
    }

    /** A fresh sRGB raster: no colour profile, palette or other property of the source survives. */
    private static BufferedImage redraw(BufferedImage src, int type) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage resize(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Written with no metadata object at all, so the writer adds only what its format requires. */
    private static byte[] write(BufferedImage image, String format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
