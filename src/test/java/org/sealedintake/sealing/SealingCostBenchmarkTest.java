package org.sealedintake.sealing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.crypto.BlindIndex;
import org.sealedintake.support.CpuPerCall;

/**
 * CPU that sealing spends on one reporter's fingerprint set outside HPKE (issue 10):
 * {@link IdentityFingerprints#of} (variants, PRFs, self-test) against the algorithm before issue 10's
 * changes ({@code LegacyIdentityFingerprints}), same key, same JVM, in alternating blocks so both
 * see the same machine load; for the intake benchmark's Latin identity and a Chinese one with the
 * same contacts. Thread CPU time per call, the median of the blocks. An in-JVM loop rather than JMH
 * so it runs with the test classpath alone. Figures in docs/performance.md ("Sealing-time work
 * (issue 10)"). Not part of the normal run:
 * {@code ./mvnw test -Dtest=SealingCostBenchmarkTest -Dbenchmark=true} (see the surefire report's
 * output file for the lines starting with BENCH).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SealingCostBenchmarkTest {
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 21);
    private static final int CALLS_PER_BLOCK = Integer.getInteger("bench.calls", 400);
    private static final Map<String, String> CONTACT = Map.of("wechat", "wxid_reporter_bench", "phone",
            "+86 139 0000 1234", "email", "reporter.bench@example.test");

    @Test
    void fingerprintSetCostPerReportBeforeAndAfter() {
        BlindIndex key = TestMatchers.blindIndex();
        IdentityFingerprints now = new IdentityFingerprints(key);
        LegacyIdentityFingerprints before = new LegacyIdentityFingerprints(key);
        for (String shape : System.getProperty("bench.shapes", "latin,chinese").split(",")) {
            ReporterIdentity who = shape.equals("latin")
                    ? new ReporterIdentity(UUID.randomUUID().toString(), "bench-reporter-001", "Bench Reporter 001",
                            "bench-reporter-001@example.test", CONTACT)
                    : new ReporterIdentity(UUID.randomUUID().toString(), "wangxiaoming88", "王晓明", "wangxm88@example.cn",
                            CONTACT);
            compare(shape, "fingerprint set (variants, PRFs, self-test)", () -> before.of(who).encode(),
                    () -> now.of(who).encode());
            if (Boolean.getBoolean("bench.parts")) {
                // The self-test on its own, sharing nothing with the variants: sentences (with their ICU work) and matching.
                LegacyIdentityMatcher keyed = new LegacyIdentityMatcher(before, List.of(before.of(who)));
                List<IdentityVariants.Variant> variants = IdentityVariants.of(who);
                compare(shape, "self-test alone (sentences + matching)", () -> LegacyGuardSelfTest.passes(who, keyed::matches),
                        () -> IdentityFingerprints.selfTestPasses(who, new SealingForms(), variants));
                compare(shape, "variants alone", () -> LegacyIdentityVariants.of(who), () -> IdentityVariants.of(who));
            }
        }
    }

    private static void compare(String shape, String what, Supplier<Object> before, Supplier<Object> now) {
        List<Double> b = new ArrayList<>();
        List<Double> n = new ArrayList<>();
        for (int block = 0; block < BLOCKS + 3; block++) {
            double cb = CpuPerCall.micros(before, CALLS_PER_BLOCK);
            double cn = CpuPerCall.micros(now, CALLS_PER_BLOCK);
            if (block >= 3) {
                // The first blocks warm the JIT up.
                b.add(cb);
                n.add(cn);
            }
        }
        double mb = CpuPerCall.median(b);
        double mn = CpuPerCall.median(n);
        System.out.printf("BENCH %-8s %-44s before %8.1f us  after %8.1f us  (%.2fx less; median of %d blocks of %d calls)%n",
                shape, what, mb, mn, mb / mn, BLOCKS, CALLS_PER_BLOCK);
    }
}
