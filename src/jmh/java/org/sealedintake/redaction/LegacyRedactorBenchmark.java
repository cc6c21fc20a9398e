package org.sealedintake.redaction;

import java.util.List;
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
import org.sealedintake.crypto.BenchInput;

/**
 * {@link RedactorBenchmark} on the engine as it was before issue 10's redaction work ({@code Legacy*} in
 * the test sources), for a before/after pair measured in one run on the same machine:
 * {@code -Djmh.args='RedactorBenchmark.redact$|LegacyRedactorBenchmark'}. Goes when the legacy copies go.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LegacyRedactorBenchmark {
    @Param({ "600", "5000" })
    public int chars;

    private final LegacyRedactor redactor = new LegacyRedactor();
    private final LegacyPersonalData personalData = new LegacyPersonalData();
    private final List<String> self = List.of("bench-reporter-001", "Bench Reporter 001", "bench-reporter-001@example.test",
            "wxid_reporter_bench", "+86 139 0000 1234", "reporter.bench@example.test");
    private String text;

    @Setup
    public void setUp() {
        text = chars == 600 ? BenchInput.description() : BenchInput.description(chars);
        redactor.redact(text, self);
    }

    @Benchmark
    public String redact() {
        return redactor.redact(text, self);
    }

    @Benchmark
    public boolean personalDataPresent() {
        return personalData.present(text);
    }
}
