package org.sealedintake.sealing;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sealedintake.support.Tokens;

/**
 * Cost of the fingerprint lookup the leak guard builds on: a 5,000-character text against the
 * fingerprint sets of 20 reports (decrypting the sets, then one PRF per window and kind at the stored
 * lengths), beside a plain string search of the same text for the plaintext identifiers (the floor).
 * Figures in docs/performance.md. Not part of the normal run:
 * {@code ./mvnw verify -Dtest=IdentityMatcherBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class IdentityMatcherBenchmarkTest {
    private static final int REPORTS = 20;
    private static final int ROUNDS = 300;

    @Inject
    SealedIdentityVault vault;

    @Test
    void lookupOfAFiveThousandCharacterTextAgainstTwentyReports() {
        List<UUID> ids = new ArrayList<>();
        List<String> plaintext = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            String wechat = "wx_bench_" + UUID.randomUUID().toString().substring(0, 8);
            String phone = "+86 138 %04d %04d".formatted(1000 + i, 2000 + i);
            plaintext.add(IdentifierNormalizer.normalize(wechat));
            plaintext.add(IdentifierNormalizer.normalize(phone));
            ids.add(file(i % 2 == 0 ? "reporter-a" : "reporter-b", wechat, phone));
        }
        String text = text(5000);
        Assertions.assertEquals(5000, text.length());

        List<Long> withDecrypt = new ArrayList<>();
        List<Long> lookupOnly = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        IdentityMatcher matcher = null;
        for (int round = 0; round < ROUNDS + 50; round++) {
            long t0 = System.nanoTime();
            matcher = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(ids));
            long t1 = System.nanoTime();
            boolean hit = matcher.matches(text);
            long t2 = System.nanoTime();
            String normalized = IdentifierNormalizer.normalize(text);
            boolean plainHit = plaintext.stream().anyMatch(normalized::contains);
            long t3 = System.nanoTime();
            Assertions.assertFalse(hit || plainHit, "the benchmark text carries no identifier");
            if (round >= 50) {
                withDecrypt.add(t2 - t0);
                lookupOnly.add(t2 - t1);
                plain.add(t3 - t2);
            }
        }
        Assertions.assertTrue(matcher.matches(text.substring(0, 2000) + " wx-bench-" + plaintext.get(0).substring(7) + " "),
                "an embedded handle is found");
        System.out.println(String.format(Locale.ROOT,
                "BENCHMARK identity-matcher: reports=%d text_chars=%d values=%d rounds=%d "
                        + "load_and_match_p50_ms=%.2f p99_ms=%.2f match_only_p50_ms=%.2f p99_ms=%.2f "
                        + "plain_search_p50_ms=%.3f p99_ms=%.3f",
                REPORTS, text.length(), matcher.valueCount(), ROUNDS, pct(withDecrypt, .5), pct(withDecrypt, .99),
                pct(lookupOnly, .5), pct(lookupOnly, .99), pct(plain, .5), pct(plain, .99)));
    }

    /** Chinese and Latin prose with digits (dates, prices), none of them an identifier of the reports. */
    private static String text(int length) {
        String[] words = { "他在评论区", "反复辱骂", "我的朋友", "已经三天了", "price 99.50 yuan", "order 2026-11-26",
                "请尽快处理", "the account keeps posting", "截图在附件里", "共有12条", "insults and threats", "每天晚上" };
        Random random = new Random(7);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? "，" : " ");
        }
        return b.substring(0, length);
    }

    private static UUID file(String user, String wechat, String phone) {
        return UUID.fromString(given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","description":"bench",
                         "involvesMinor":false,"victim":{"type":"SELF"},
                         "reporterContact":{"wechat":"%s","phone":"%s"}}""".formatted(UUID.randomUUID(), wechat, phone))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId"));
    }

    private static double pct(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1)))) / 1e6;
    }
}
