package org.sealedintake.redaction;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Predicate;
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
 * Redaction of report text as intake does it for the moderator copy: the benchmark body's 600-character
 * description (Chinese, a phone number, a WeChat id), and the same text repeated to 5,000 characters
 * (the longest description), with the reporter's own identifiers as intake passes them. {@code engine=legacy}
 * runs the same on the engine as it was before issue 10's redaction work ({@code Legacy*} in the test sources),
 * a before/after pair in one run; add {@code -p engine=current} for today's engine alone.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedactorBenchmark {
    @Param({ "600", "5000" })
    public int chars;

    @Param({ "current", "legacy" })
    public String engine;

    private BiFunction<String, List<String>, String> redactor;
    private Predicate<String> personalData;
    private final List<String> self = List.of("bench-reporter-001", "Bench Reporter 001", "bench-reporter-001@example.test",
            "wxid_reporter_bench", "+86 139 0000 1234", "reporter.bench@example.test");
    private String text;

    @Setup
    public void setUp() {
        if (engine.equals("legacy")) {
            redactor = new LegacyRedactor()::redact;
            personalData = new LegacyPersonalData()::present;
        } else {
            redactor = new Redactor()::redact;
            personalData = new PersonalData()::present;
        }
        text = chars == 600 ? BenchInput.description() : BenchInput.description(chars);
        redactor.apply(text, self);
    }

    @Benchmark
    public String redact() {
        return redactor.apply(text, self);
    }

    /** The guard's personal-data half alone (detectors, names, handle shapes), on the same text. */
    @Benchmark
    public boolean personalDataPresent() {
        return personalData.test(text);
    }
}
