package org.sealedintake.sealing;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.redaction.PersonalData;
import org.sealedintake.redaction.guard.LeakGuard;
import org.sealedintake.support.Tokens;

/**
 * Cost of the leak guard: a 5,000-character moderator text (no personal data, so every stage runs to
 * the end) against a case of 20 reports, through {@code LeakGuard.check} (the case's matcher, recent
 * or loaded and decrypted from 20 sets; fingerprint match over both readings; redaction detectors,
 * names, handle shapes), and the case's first check (no recent matcher: the sets are read). Beside it, its
 * parts and the floor: the same text, canonicalised, searched with {@code String.contains} for every
 * plaintext value the sets fingerprint (what a design that kept plaintext identifiers would do).
 * Figures in docs/leak-guard.md and docs/performance.md. Not part of the normal run:
 * {@code ./mvnw test -Dtest=LeakGuardBenchmarkTest -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LeakGuardBenchmarkTest {
    private static final int REPORTS = 20;
    private static final int WARMUP = 100;
    private static final int ROUNDS = 500;

    @Inject
    LeakGuard guard;
    @Inject
    SealedIdentityVault vault;

    @Test
    void guardCheckOfAFiveThousandCharacterTextAgainstTwentyReports() throws IOException {
        List<UUID> ids = new ArrayList<>();
        List<String> plaintext = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            String user = i % 2 == 0 ? "reporter-a" : "reporter-b";
            String token = Tokens.of(user);
            var claims = Tokens.claims(token);
            String wechat = "wx_bench_" + UUID.randomUUID().toString().substring(0, 8);
            String phone = "+86 138 %04d %04d".formatted(1000 + i, 2000 + i);
            String email = "bench" + i + "@example.net";
            ids.add(file(token, wechat, phone, email));
            ReporterIdentity identity = new ReporterIdentity(claims.getString("sub"), claims.getString("preferred_username"),
                    claims.getString("name"), claims.getString("email"), Map.of("wechat", wechat, "phone", phone, "email", email));
            IdentityVariants.of(identity).forEach(v -> plaintext.add(v.canonical()));
        }
        String text = text(5000);
        Assertions.assertEquals(5000, text.length());
        PersonalData personal = new PersonalData();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        List<Long> full = new ArrayList<>();
        List<Long> fullCpu = new ArrayList<>();
        List<Long> cold = new ArrayList<>();
        List<Long> coldCpu = new ArrayList<>();
        List<Long> matchOnly = new ArrayList<>();
        List<Long> detectorsOnly = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        IdentityMatcher matcher = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(ids));
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            boolean passed = QuarkusTransaction.requiringNew().call(() -> guard.check(text, ids)).passed();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            boolean hit = matcher.matches(text);
            long t2 = System.nanoTime();
            boolean found = personal.present(text);
            long t3 = System.nanoTime();
            String canonical = CanonicalText.canonical(text);
            boolean plainHit = plaintext.stream().anyMatch(canonical::contains);
            long t4 = System.nanoTime();
            // The case's first check: its matcher is not among the recent ones (D21), so the sets are read.
            vault.forgetRecentMatchers();
            long c5 = threads.getCurrentThreadCpuTime();
            long t5 = System.nanoTime();
            boolean coldPassed = QuarkusTransaction.requiringNew().call(() -> guard.check(text, ids)).passed();
            long t6 = System.nanoTime();
            long c6 = threads.getCurrentThreadCpuTime();
            Assertions.assertTrue(passed && coldPassed && !hit && !found && !plainHit,
                    "the benchmark text carries no personal data");
            if (round >= WARMUP) {
                full.add(t1 - t0);
                fullCpu.add(c1 - c0);
                matchOnly.add(t2 - t1);
                detectorsOnly.add(t3 - t2);
                floor.add(t4 - t3);
                cold.add(t6 - t5);
                coldCpu.add(c6 - c5);
            }
        }
        Assertions.assertTrue(QuarkusTransaction.requiringNew().call(() -> guard.check(
                text.substring(0, 2500) + " 一三八一〇一九二〇一九 " + text.substring(2500, 4980), ids)).refused());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println(String.format(Locale.ROOT,
                "BENCHMARK leak-guard: reports=%d text_chars=%d fingerprints=%d plaintext_values=%d rounds=%d load=%.1f "
                        + "check_p50_ms=%.2f check_p99_ms=%.2f check_cpu_p50_ms=%.2f check_cpu_p99_ms=%.2f "
                        + "first_check_p50_ms=%.2f p99_ms=%.2f first_check_cpu_p50_ms=%.2f p99_ms=%.2f "
                        + "match_only_p50_ms=%.2f p99_ms=%.2f detectors_only_p50_ms=%.2f p99_ms=%.2f "
                        + "plain_search_p50_ms=%.3f p99_ms=%.3f",
                REPORTS, text.length(), matcher.valueCount(), plaintext.size(), ROUNDS, load, pct(full, .5), pct(full, .99),
                pct(fullCpu, .5), pct(fullCpu, .99), pct(cold, .5), pct(cold, .99), pct(coldCpu, .5), pct(coldCpu, .99),
                pct(matchOnly, .5), pct(matchOnly, .99), pct(detectorsOnly, .5),
                pct(detectorsOnly, .99), pct(floor, .5), pct(floor, .99)));
    }

    /** Moderator sentences (Chinese and Latin, dates, content references), none with personal data. */
    private static String text(int length) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LeakGuardBenchmarkTest.class.getResourceAsStream("/redaction/guard-moderator-texts.txt")) {
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

    private static UUID file(String token, String wechat, String phone, String email) {
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","description":"bench",
                         "involvesMinor":false,"victim":{"type":"SELF"},
                         "reporterContact":{"wechat":"%s","phone":"%s","email":"%s"}}"""
                        .formatted(UUID.randomUUID(), wechat, phone, email))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId"));
    }

    private static double pct(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1)))) / 1e6;
    }
}
