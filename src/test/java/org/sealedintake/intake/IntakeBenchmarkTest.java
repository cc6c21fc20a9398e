package org.sealedintake.intake;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/**
 * End-to-end cost of filing a report over HTTP: token check, validation, three PRFs, AEAD, HPKE
 * sealing, fingerprints, idempotency claim and completion, audit event, two commits. Figures in
 * docs/performance.md. Not part of the normal run:
 * {@code ./mvnw test -Dtest=IntakeBenchmarkTest -Dbenchmark=true [-Dbenchmark.clients=16 -Dbenchmark.seconds=20
 * -Dbenchmark.warmup=3 -Dbenchmark.jfr=/tmp/intake.jfr]}.
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class IntakeBenchmarkTest {

    @Test
    void filingReportsUnderConcurrentLoad() throws Exception {
        int clients = Integer.getInteger("benchmark.clients", 16);
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        String token = Tokens.of("reporter-b");
        run(clients, Integer.getInteger("benchmark.warmup", 3), token); // warm-up: JIT, connection pools
        long heapBefore = usedHeap();
        // -Dbenchmark.jfr=FILE: a JFR recording (profile settings) of the measured run only, for bench/profile.py.
        String jfrFile = System.getProperty("benchmark.jfr");
        jdk.jfr.Recording recording = jfrFile == null ? null
                : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        if (recording != null) {
            recording.start();
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        java.util.Map<Long, Long> threadsStart = threadCpuNanos();
        List<Long> latencies = run(clients, seconds, token);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (recording != null) {
            recording.stop();
            recording.dump(java.nio.file.Path.of(jfrFile));
            recording.close();
        }
        // The whole test JVM: service, HTTP client threads and the audit chainer (PostgreSQL not included).
        double cpuMsPerReport = (processCpuNanos() - cpuStart) / 1e6 / latencies.size();
        // Java threads only (service, client, chainer): without the JIT compiler and GC threads, whose work
        // right after a warm-up is large and would be charged to however few reports a slow run made.
        java.util.Map<Long, Long> threadsEnd = threadCpuNanos();
        long threadNanos = 0;
        for (var e : threadsEnd.entrySet()) {
            threadNanos += e.getValue() - threadsStart.getOrDefault(e.getKey(), 0L);
        }
        double threadCpuMsPerReport = threadNanos / 1e6 / latencies.size();
        long heapAfter = usedHeap();
        Collections.sort(latencies);
        String line = String.format(Locale.ROOT,
                "BENCHMARK intake: clients=%d seconds=%.1f reports=%d reports_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f jvm_cpu_ms_per_report=%.2f java_threads_cpu_ms_per_report=%.2f heap_used_mb_before=%d after=%d",
                clients, elapsed, latencies.size(), latencies.size() / elapsed, pct(latencies, 0.50), pct(latencies, 0.99),
                latencies.get(latencies.size() - 1) / 1e6, cpuMsPerReport, threadCpuMsPerReport, heapBefore >> 20, heapAfter >> 20);
        System.out.println(line);
        Assertions.assertFalse(latencies.isEmpty());
    }

    // A plain JDK client: RestAssured's own cost per call would dominate the figures.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/v1/reports")
    URI reports;

    private List<Long> run(int clients, int seconds, String token) throws Exception {
        URI uri = reports;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(ReportBodies.minimal())).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                    mine.add(System.nanoTime() - t0);
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of every live Java thread by id (threads that end during the run are not counted). */
    private static java.util.Map<Long, Long> threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                out.put(id, cpu);
            }
        }
        return out;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
