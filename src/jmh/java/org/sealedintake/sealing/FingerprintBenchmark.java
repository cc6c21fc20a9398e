package org.sealedintake.sealing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import org.sealedintake.crypto.TestKeys;

/**
 * Fingerprinting a reporter identity at sealing (IdentityFingerprints, format version 2 and the old
 * version 1), and its parts: the variants alone (canonical forms, pinyin, orders), the PRFs over them,
 * and the guard's self-test ({@link GuardSelfTest}: the matcher over the synthetic disguised texts).
 * Two identities: the benchmark's Latin account with a WeChat id, a phone and an e-mail, and a Chinese
 * name with the same contacts (about 25 more variants).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FingerprintBenchmark {
    @Param({ "latin", "chinese" })
    public String identity;

    private IdentityFingerprints fingerprints;
    private ReporterIdentity who;
    private List<IdentityVariants.Variant> variants;
    private IdentityMatcher own;

    @Setup
    public void setUp() {
        fingerprints = new IdentityFingerprints(TestKeys.freshBlindIndex());
        Map<String, String> contact = Map.of("wechat", "wxid_reporter_bench", "phone", "+86 139 0000 1234",
                "email", "reporter.bench@example.test");
        who = identity.equals("latin")
                ? new ReporterIdentity(UUID.randomUUID().toString(), "bench-reporter-001", "Bench Reporter 001",
                        "bench-reporter-001@example.test", contact)
                : new ReporterIdentity(UUID.randomUUID().toString(), "wangxiaoming88", "王晓明", "wangxm88@example.cn", contact);
        variants = IdentityVariants.of(who);
        own = new IdentityMatcher(fingerprints, List.of(fingerprints.of(who)));
        System.out.println("fingerprints " + identity + ": variants=" + variants.size() + " self-test texts="
                + GuardSelfTest.texts(who).size());
    }

    /** What sealing computes: variants, 2 PRFs each, the self-test; encoded as stored. */
    @Benchmark
    public byte[] fingerprintSetV2() {
        return fingerprints.of(who).encode();
    }

    @Benchmark
    public byte[] fingerprintSetV1() {
        return fingerprints.version1Of(who).encode();
    }

    @Benchmark
    public List<IdentityVariants.Variant> variantsOnly() {
        return IdentityVariants.of(who);
    }

    /** The cryptographic part of v2: prefix and value PRF of every variant. */
    @Benchmark
    public void prfsOnlyV2(Blackhole bh) {
        for (IdentityVariants.Variant v : variants) {
            bh.consume(fingerprints.prefixV2(v.canonical()));
            bh.consume(fingerprints.prfV2(v.kind(), v.canonical()));
        }
    }

    /**
     * The guard's self-test at sealing (measured apart from the per-report crypto target), as sealing
     * runs it since issue 10: the matcher over the variants in plain, its own ICU work included.
     */
    @Benchmark
    public boolean selfTestOnly() {
        return IdentityFingerprints.selfTestPasses(who, new SealingForms(), variants);
    }

    /** The self-test as it ran before issue 10: the same sentences against the PRF-keyed set. */
    @Benchmark
    public boolean selfTestKeyed() {
        return GuardSelfTest.passes(who, own::matches);
    }
}
