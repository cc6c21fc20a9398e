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
 * Intake stores a keyed fingerprint of each normalised identity attribute, so that later stages can
 * recognise the reporter's own identifiers in any spelling without decrypting the identity.
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
    void everyAttributeIsRecognisedInAnotherSpellingAndStrangersAreNot() {
        String wechat = "wx_" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.of("reporter-a");
        String reportId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"category":"HARASSMENT","targetContentRef":"post:%s","description":"insults",
                         "involvesMinor":false,"victim":{"type":"SELF"},
                         "reporterContact":{"wechat":"%s","phone":"+86 138-0013-8000"}}"""
                        .formatted(UUID.randomUUID(), wechat))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
        var claims = Tokens.claims(token);

        List<byte[]> stored = QuarkusTransaction.requiringNew().call(() -> vault.fingerprintsOf(UUID.fromString(reportId)));
        for (String spelling : List.of("＋８６ １３８ ００１３ ８０００", wechat.toUpperCase(), claims.getString("email").toUpperCase(),
                claims.getString("given_name").toLowerCase(), claims.getString("preferred_username"), claims.getString("sub"))) {
            byte[] fp = QuarkusTransaction.requiringNew().call(() -> vault.fingerprint(spelling));
            assertTrue(stored.stream().anyMatch(s -> java.util.Arrays.equals(s, fp)), "not recognised: attribute #" + spelling.length());
        }
        byte[] stranger = QuarkusTransaction.requiringNew().call(() -> vault.fingerprint("+86 139 0000 0000"));
        assertFalse(stored.stream().anyMatch(s -> java.util.Arrays.equals(s, stranger)));
    }
}
