package org.sealedintake.sealing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Tokens;

/**
 * Intake stores an encrypted set of keyed fingerprints of each normalised identity attribute, so that
 * later stages (the leak guard) recognise the reporter's own identifiers in any spelling inside a
 * text, without decrypting the identity and without any comparable value in the database.
 */
@QuarkusTest
class IdentityFingerprintTest {
    @Inject
    SealedIdentityVault vault;

    @Test
    void normalisesBeforeFingerprinting() {
        assertEquals("8613800138000", IdentifierNormalizer.normalize("＋８６ １３８-００１３ ８０００"));
        assertEquals("8613800138000", IdentifierNormalizer.normalize("+86 (138) 0013.8000"));
        assertEquals("wxstrasse99", IdentifierNormalizer.normalize("WX_Straße_99"));
        assertEquals("wxstrasse99", IdentifierNormalizer.normalize("wx-strasse-99"));
    }

    @Test
    void everyAttributeIsRecognisedInsideATextInAnotherSpellingAndStrangersAreNot() {
        String wechat = "wx_" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.of("reporter-a");
        UUID reportId = file(token, wechat);
        UUID othersReport = file(Tokens.of("reporter-b"), "wx_" + UUID.randomUUID().toString().substring(0, 8));
        var claims = Tokens.claims(token);

        IdentityMatcher matcher = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(reportId)));
        IdentityMatcher others = QuarkusTransaction.requiringNew().call(() -> vault.matcherFor(List.of(othersReport)));
        for (String spelling : List.of("＋８６ １３８ ００１３ ８０００", "138-0013-8000", wechat.toUpperCase(),
                claims.getString("email").toUpperCase(), claims.getString("given_name").toLowerCase(),
                claims.getString("preferred_username"), claims.getString("sub"))) {
            String text = "Please look at this: " + spelling + " wrote it.";
            assertTrue(matcher.matches(text), "not recognised: attribute of " + spelling.length() + " characters");
            assertFalse(others.matches("Please look at this: " + wechat.toUpperCase() + " wrote it."),
                    "another reporter's report does not carry reporter-a's handle");
        }
        assertFalse(matcher.matches("Call +86 139 0000 0000 about the post."), "a stranger's number");
        assertFalse(matcher.matches("An ordinary text about insults under a post."));
    }

    private static UUID file(String token, String wechat) {
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","description":"insults",
                         "involvesMinor":false,"victim":{"type":"SELF"},
                         "reporterContact":{"wechat":"%s","phone":"+86 138-0013-8000"}}"""
                        .formatted(UUID.randomUUID(), wechat))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId"));
    }
}
