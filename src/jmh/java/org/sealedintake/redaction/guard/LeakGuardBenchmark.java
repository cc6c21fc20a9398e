package org.sealedintake.redaction.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sealedintake.sealing.IdentityMatcher;
import org.sealedintake.sealing.ReporterIdentity;
import org.sealedintake.sealing.TestMatchers;

/**
 * The leak guard's check of a 5,000-character moderator text (no personal data, so every stage runs to
 * the end) against the fingerprint sets of a case of 20 reports, built in memory as sealing builds them
 * (no database: the vault's load and decrypt of 20 sets is not in this figure; LeakGuardBenchmarkTest has
 * the end-to-end one). Also a text that carries a reporter's phone number in Chinese numerals.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LeakGuardBenchmark {
    private static final int REPORTS = 20;

    private final LeakGuard guard = new LeakGuard(null);
    private IdentityMatcher matcher;
    private String clean;
    private String leaking;

    @Setup
    public void setUp() throws IOException {
        List<ReporterIdentity> identities = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            identities.add(new ReporterIdentity(UUID.randomUUID().toString(), "bench-reporter-%03d".formatted(i),
                    i % 2 == 0 ? "Bench Reporter %03d".formatted(i) : "王晓" + "明红丽华强军平".charAt(i % 7),
                    "bench-reporter-%03d@example.test".formatted(i),
                    Map.of("wechat", "wx_bench_" + UUID.randomUUID().toString().substring(0, 8),
                            "phone", "+86 138 %04d %04d".formatted(1000 + i, 2000 + i), "email", "bench" + i + "@example.net")));
        }
        matcher = TestMatchers.of(identities);
        clean = text(5000);
        leaking = clean.substring(0, 2500) + " 一三八一〇一九二〇一九 " + clean.substring(2500, 4980);
        if (guard.check(clean, matcher).refused() || guard.check(leaking, matcher).passed()) {
            throw new IllegalStateException("benchmark texts do not behave as intended");
        }
    }

    @Benchmark
    public GuardVerdict checkCleanText() {
        return guard.check(clean, matcher);
    }

    @Benchmark
    public GuardVerdict checkLeakingText() {
        return guard.check(leaking, matcher);
    }

    /** The fingerprint half alone (both readings of the text against 20 sets). */
    @Benchmark
    public boolean matchOnly() {
        return matcher.matches(clean);
    }

    /** Moderator sentences (Chinese and Latin), none with personal data, as LeakGuardBenchmarkTest uses. */
    private static String text(int length) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LeakGuardBenchmark.class.getResourceAsStream("/redaction/guard-moderator-texts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        }
        Random random = new Random(7);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(lines.get(random.nextInt(lines.size()))).append(' ');
        }
        return b.substring(0, length);
    }
}
