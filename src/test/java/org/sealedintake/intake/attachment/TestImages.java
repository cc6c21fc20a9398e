package org.sealedintake.intake.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real, small images for tests, and hand-built headers that lie about their size. */
public final class TestImages {
    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] jpeg(int width, int height) {
        return write("jpg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** 1x1 lossless WebP (RIFF + VP8L), the well-known feature-detection image. */
    public static byte[] webpLossless() {
        return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    }

    /** 1x1 lossy WebP (RIFF + "VP8 " key frame). */
    public static byte[] webpLossy() {
        return Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    }

    /** 5x3 lossless WebP, made with {@code cwebp -lossless} from a 5x3 PNG (checked with dwebp). */
    public static byte[] webpLossless5x3() {
        return Base64.getDecoder().decode(
                "UklGRjwAAABXRUJQVlA4TC8AAAAvBIAAAHdAkG0zxCLcH+QMIzNa89+DDLC8AAYBIBGoWFJIIbgUVhg1ov/hIce+AAA=");
    }

    /** 5x3 lossy WebP, made with {@code cwebp -q 50} from the same PNG (checked with webpinfo). */
    public static byte[] webpLossy5x3() {
        return Base64.getDecoder().decode(
                "UklGRkoAAABXRUJQVlA4ID4AAADQAQCdASoFAAMAAsBMJbACdAEO/gOOAAD+0m1AhyDV1ouAsD+sbHBuu90apAX4EuHeJa8wdoVMy3+gxtgAAA==");
    }

    /** 1x1 extended WebP with alpha (RIFF + VP8X + ALPH + "VP8 "). */
    public static byte[] webpExtended() {
        return Base64.getDecoder().decode(
                "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==");
    }

    /** A structurally complete PNG (IHDR, a tiny IDAT, IEND) whose header claims {@code width x height}. */
    public static byte[] pngClaiming(long width, long height) {
        return concat(pngSignatureAndHeader(width, height), chunk("IDAT", new byte[] { 0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }),
                chunk("IEND", new byte[0]));
    }

    /** Only the signature and IHDR: nothing a decoder could work on. */
    public static byte[] pngSignatureAndHeader(long width, long height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt((int) width).putInt((int) height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, chunk("IHDR", ihdr.array()));
    }

    public static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue())
                .array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] write(String format, int width, int height, int type) {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(0, 0, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
