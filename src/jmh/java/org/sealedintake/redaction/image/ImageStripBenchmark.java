package org.sealedintake.redaction.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stripping an uploaded image (decode, re-encode without metadata or trailing bytes) and the blurred
 * preview: a 1920x1080 photo-like JPEG and a 1080x1920 screenshot-like PNG, made in memory.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImageStripBenchmark {
    @Param({ "jpeg-1920x1080", "png-1080x1920" })
    public String image;

    private final ImageStripper stripper = new ImageStripper();
    private byte[] bytes;

    @Setup
    public void setUp() throws IOException {
        boolean jpeg = image.startsWith("jpeg");
        int w = jpeg ? 1920 : 1080;
        int h = jpeg ? 1080 : 1920;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random r = new Random(1);
        if (jpeg) {
            // Gradients with noise: compresses like a photo, not like a flat fill.
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int n = r.nextInt(24);
                    img.setRGB(x, y, ((x * 255 / w + n) & 0xff) << 16 | ((y * 255 / h + n) & 0xff) << 8 | ((x + y) / 12 + n) & 0xff);
                }
            }
        } else {
            // Flat areas and text-like strokes: compresses like a screenshot.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            for (int i = 0; i < 400; i++) {
                g.setColor(new Color(r.nextInt(0xffffff)));
                g.fillRect(r.nextInt(w), r.nextInt(h), 20 + r.nextInt(200), 4 + r.nextInt(12));
            }
            g.setColor(Color.BLACK);
            for (int y = 40; y < h; y += 36) {
                g.drawString("聊天记录 chat message line " + y + " 13800138000", 20, y);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, jpeg ? "jpeg" : "png", out);
        bytes = out.toByteArray();
        System.out.println("image " + image + ": " + bytes.length + " bytes");
    }

    @Benchmark
    public StrippedImage strip() {
        return stripper.strip(bytes);
    }

    @Benchmark
    public byte[] blurredPreview() {
        return stripper.blurredPreview(bytes, 320);
    }
}
