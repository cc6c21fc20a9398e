package org.sealedintake.sealing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.redaction.guard.LeakGuard;
import org.sealedintake.support.Tokens;

/**
 * Through the service: intake seals a version 2 set with the self-test's result inside; the vault
 * reads it back for a case; the leak guard refuses a text carrying a case reporter's attribute in a
 * disguise and answers exactly as for any other refused text; nothing in the row tells the result.
 */
@QuarkusTest
class GuardSelfTestStorageTest {
    @Inject
    SealedIdentityVault vault;
    @Inject
    LeakGuard guard;
    @Inject
    EntityManager em;

    @Test
    void theSelfTestIsStoredInsideTheSetAndReadBackPerCase() {
        String wechat = "kite" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        UUID a = file(Tokens.of("reporter-a"), wechat, "+86 139 %04d 5678".formatted(1000 + (int) (Math.random() * 8999)));
        UUID b = file(Tokens.of("reporter-b"), null, null);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> vault.guardSelfTestsPassed(List.of(a, b))));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> vault.guardSelfTestsPassed(List.of(a, UUID.randomUUID()))),
                "a report without a sealed identity has passed no self-test");

        // Same length whatever the identity's shape (a has contact values, b none), and no plaintext column was added.
        List<?> lengths = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select length(fingerprint_set) from sealed_identity where report_id in (?1, ?2)")
                .setParameter(1, a).setParameter(2, b).getResultList());
        assertEquals(2, lengths.size());
        assertEquals(lengths.get(0), lengths.get(1));
        List<?> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'sealed_identity' order by 1")
                .getResultList());
        assertEquals(List.of("ciphertext", "fingerprint_set", "key_id", "report_id", "sealed_at"), columns);

        // A letters-only handle is not personal data to the detectors: only the fingerprints know it.
        String text = "Did " + GuardSelfTest.cyrillic(wechat.toUpperCase()) + " post this?";
        assertTrue(QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(a, b)).matches(text)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(b)).matches(text)));
        var refused = QuarkusTransaction.requiringNew().call(() -> guard.check(text, List.of(a, b)));
        assertTrue(refused.refused());
        assertSame(refused, guard.checkNoPersonalData("Did Mr Smith post this?"), "one answer for every refusal");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> guard.check(
                "Your video post:8812 was removed under rule 4.2 (harassment).", List.of(a, b))).passed());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> guard.selfTestsPassed(List.of(a, b))));
    }

    /** D21: a case's matcher is kept only when every report has a set, so a missing one is read again. */
    @Test
    void aCaseMatcherIsKeptOnlyWhileEveryReportOfTheCaseHasASet() throws Exception {
        UUID a = file(Tokens.of("reporter-a"), null, null);
        UUID b = file(Tokens.of("reporter-b"), null, null);
        IdentityMatcher first = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(a, b)));
        assertSame(first, QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(b, a))),
                "the same case, its report ids in another order");
        assertTrue(first.selfTestsPassed());

        UUID unsealed = UUID.randomUUID();
        IdentityMatcher withoutRow = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(a, unsealed)));
        assertNotSame(withoutRow, QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(a, unsealed))),
                "a report without a sealed identity is read again at every check");
        assertFalse(withoutRow.selfTestsPassed());

        UUID old = file(Tokens.of("reporter-b"), null, null);
        try (var c = org.sealedintake.support.TestEnvironment.ownerConnection();
                var s = c.prepareStatement("update sealed_identity set fingerprint_set = null where report_id = ?")) {
            s.setObject(1, old);
            assertEquals(1, s.executeUpdate());
        }
        IdentityMatcher withoutSet = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(a, old)));
        assertNotSame(withoutSet, QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(a, old))),
                "a report sealed before sets existed is read again at every check");
        assertFalse(withoutSet.selfTestsPassed());
    }

    private static UUID file(String token, String wechat, String phone) {
        String contact = wechat == null ? "" : """
                ,"reporterContact":{"wechat":"%s","phone":"%s"}""".formatted(wechat, phone);
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","description":"insults",
                         "involvesMinor":false,"victim":{"type":"SELF"}%s}""".formatted(UUID.randomUUID(), contact))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId"));
    }
}
