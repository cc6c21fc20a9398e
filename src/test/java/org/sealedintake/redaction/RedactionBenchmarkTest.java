package org.sealedintake.redaction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.redaction.image.ImageStripper;
import org.sealedintake.redaction.image.StrippedImage;

/**
 * Opt-in micro benchmark (no JMH): redaction of a 5,000-character report and the moderator copy of
 * a 12-megapixel JPEG. Run with
 * {@code ./mvnw test -Dtest=RedactionBenchmarkTest -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false};
 * figures go to the console and target/redaction-benchmark.txt, and by hand into docs/redaction.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RedactionBenchmarkTest {

    @Test
    void redactsAFiveThousandCharacterReport() throws Exception {
        String text = reportOf(5_000);
        List<String> self = List.of("张伟", "zhangwei88", "zw.reporter@example.com", "@little_wei", "13912345678");
        Redactor redactor = new Redactor();
        for (int i = 0; i < 300; i++) {
            redactor.redact(text, self);
        }
        long[] nanos = time(500, () -> redactor.redact(text, self));
        report(String.format(java.util.Locale.ROOT,
                "redact 5,000 chars (with 5 self-identifiers): median %.2f ms, p95 %.2f ms, %d findings",
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), redactor.findings(text, self).size()));
    }

    @Test
    void stripsATwelveMegapixelJpeg() throws Exception {
        byte[] jpeg = photo(4000, 3000);
        ImageStripper stripper = new ImageStripper();
        for (int i = 0; i < 2; i++) {
            stripper.strip(jpeg);
        }
        long[] strip = time(5, () -> stripper.strip(jpeg));
        long[] preview = time(5, () -> stripper.blurredPreview(jpeg, 160));
        StrippedImage out = stripper.strip(jpeg);
        report(String.format(java.util.Locale.ROOT,
                "strip 12 MP JPEG (%.1f MB in, %.1f MB out): median %.0f ms, max %.0f ms; blurred preview: median %.0f ms",
                jpeg.length / 1e6, out.bytes().length / 1e6, ms(percentile(strip, 50)), ms(percentile(strip, 100)),
                ms(percentile(preview, 50))));
    }

    /** Chinese and Latin report text with identifiers and look-alike numbers, cut to {@code length}. */
    private static String reportOf(int length) {
        StringBuilder b = new StringBuilder();
        List<CaseTable.Case> cases = CaseTable.load("/redaction/cases.tsv");
        int i = 0;
        while (b.length() < length) {
            b.append(cases.get(i++ % cases.size()).input()).append(i % 3 == 0 ? "。\n" : "，这个人一直在骚扰我 ");
        }
        return b.substring(0, length);
    }

    /** A noisy gradient: compresses like a photograph, not like a flat test card. */
    private static byte[] photo(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(24);
                row[x] = ((x * 255 / w + n) & 0xFF) << 16 | ((y * 255 / h + n) & 0xFF) << 8 | ((x + y) / 30 + n) & 0xFF;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    private static long[] time(int runs, Supplier<?> work) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void report(String line) throws Exception {
        System.out.println(line);
        Files.writeString(Path.of("target", "redaction-benchmark.txt"), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
