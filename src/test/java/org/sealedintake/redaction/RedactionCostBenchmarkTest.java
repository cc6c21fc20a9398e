package org.sealedintake.redaction;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.support.CpuPerCall;

/**
 * CPU that intake's moderator-text scrubbing spends on the benchmark body (issue 10):
 * {@link Redactor#redact} with the reporter's identifiers as intake passes them, and the guard's
 * {@link PersonalData#present}, against the engine before issue 10's redaction work ({@code Legacy*}),
 * same JVM, in alternating blocks so both see the same machine load; on {@code bench/body.json}'s
 * description (600 characters) and the same text repeated to 5,000. Thread CPU time per call, the
 * median of the blocks. Figures in docs/performance.md ("Redaction of the moderator text (issue 10)").
 * Not part of the normal run:
 * {@code ./mvnw test -Dtest=RedactionCostBenchmarkTest -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (the lines starting with BENCH in the surefire report's output file).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RedactionCostBenchmarkTest {
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 21);
    private static final int CALLS_PER_BLOCK = Integer.getInteger("bench.calls", 1000);
    private static final List<String> SELF = List.of("bench-reporter-001", "Bench Reporter 001",
            "bench-reporter-001@example.test", "wxid_reporter_bench", "+86 139 0000 1234", "reporter.bench@example.test");

    @Test
    void moderatorTextCostBeforeAndAfter() throws IOException {
        String description = new ObjectMapper().readTree(Files.readString(Path.of("bench", "body.json")))
                .get("description").asText();
        Redactor now = new Redactor();
        LegacyRedactor before = new LegacyRedactor();
        PersonalData guardNow = new PersonalData();
        LegacyPersonalData guardBefore = new LegacyPersonalData();
        for (int chars : new int[] { 600, 5_000 }) {
            StringBuilder b = new StringBuilder(description);
            while (b.length() < chars) {
                b.append(description);
            }
            String text = b.substring(0, chars);
            int calls = CALLS_PER_BLOCK * 600 / chars;
            compare(chars, "Redactor.redact (intake's identifiers)", calls, () -> before.redact(text, SELF),
                    () -> now.redact(text, SELF));
            compare(chars, "PersonalData.present", calls, () -> guardBefore.present(text), () -> guardNow.present(text));
        }
    }

    private static void compare(int chars, String what, int calls, Supplier<Object> before, Supplier<Object> now) {
        List<Double> b = new ArrayList<>();
        List<Double> n = new ArrayList<>();
        for (int block = 0; block < BLOCKS + 3; block++) {
            double cb = CpuPerCall.micros(before, calls);
            double cn = CpuPerCall.micros(now, calls);
            if (block >= 3) {
                // The first blocks warm the JIT up.
                b.add(cb);
                n.add(cn);
            }
        }
        double mb = CpuPerCall.median(b);
        double mn = CpuPerCall.median(n);
        System.out.printf("BENCH %5d chars %-40s before %8.1f us  after %8.1f us  (%.2fx less; median of %d blocks of %d calls)%n",
                chars, what, mb, mn, mb / mn, BLOCKS, calls);
    }
}
