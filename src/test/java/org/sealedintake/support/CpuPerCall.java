package org.sealedintake.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Thread CPU time per call, for the opt-in in-JVM cost benchmarks (a before/after pair in one run). */
public final class CpuPerCall {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CpuPerCall() {
    }

    /** Microseconds of this thread's CPU per call over {@code calls} calls; a null result fails (nothing optimised away). */
    public static double micros(Supplier<Object> call, int calls) {
        Object sink = null;
        long cpu0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            sink = call.get();
        }
        long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return cpu / 1000.0 / calls;
    }

    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
