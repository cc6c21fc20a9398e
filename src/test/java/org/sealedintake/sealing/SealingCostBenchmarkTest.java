package org.sealedintake.sealing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CPU that sealing spends on one reporter's fingerprint set outside HPKE (issue 10): the whole
 * {@link IdentityFingerprints#of} and its parts, for the intake benchmark's Latin identity and a
 * Chinese one with the same contacts, in one thread, measured as thread CPU time per call. An in-JVM
 * loop rather than JMH so it runs with the test classpath alone. Figures in docs/performance.md
 * ("Sealing-time work (issue 10)"). Not part of the normal run:
 * {@code ./mvnw test -Dtest=SealingCostBenchmarkTest -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SealingCostBenchmarkTest {
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup", 3000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3000);
    private static final Map<String, String> CONTACT = Map.of("wechat", "wxid_reporter_bench", "phone",
            "+86 139 0000 1234", "email", "reporter.bench@example.test");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void fingerprintSetCostPerReport() {
        IdentityFingerprints fingerprints = new IdentityFingerprints(TestMatchers.blindIndex());
        for (String shape : List.of("latin", "chinese")) {
            ReporterIdentity who = shape.equals("latin")
                    ? new ReporterIdentity(UUID.randomUUID().toString(), "bench-reporter-001", "Bench Reporter 001",
                            "bench-reporter-001@example.test", CONTACT)
                    : new ReporterIdentity(UUID.randomUUID().toString(), "wangxiaoming88", "王晓明", "wangxm88@example.cn",
                            CONTACT);
            IdentityMatcher own = new IdentityMatcher(fingerprints, List.of(fingerprints.of(who)));
            report(shape, "fingerprints.of (stored set)", () -> fingerprints.of(who).encode());
            report(shape, "variants only", () -> IdentityVariants.of(who));
            report(shape, "self-test sentences only", () -> GuardSelfTest.texts(who));
            report(shape, "self-test with the PRF matcher", () -> GuardSelfTest.passes(who, own::matches));
            report(shape, "self-test as sealing runs it", () -> IdentityFingerprints.selfTestPasses(who, new SealingForms(),
                    IdentityVariants.of(who)));
        }
    }

    private static void report(String shape, String what, Supplier<Object> call) {
        Object sink = null;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            sink = call.get();
        }
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            sink = call.get();
        }
        long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("BENCH %-8s %-34s cpu %8.1f us/call  wall %8.1f us/call  (%s)%n", shape, what,
                cpu / 1000.0 / ROUNDS, wall / 1000.0 / ROUNDS, sink == null ? "-" : "ok");
    }
}
