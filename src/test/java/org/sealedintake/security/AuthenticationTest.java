package org.sealedintake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/**
 * Tokens the service must refuse, all issued (or forged from tokens issued) by the real Keycloak:
 * each refusal is a 401 problem+json with a Bearer challenge; a valid token with the wrong role is a
 * 403 problem+json.
 */
@QuarkusTest
class AuthenticationTest {

    @Test
    void refusesARequestWithoutTokenWith401Problem() {
        assertUnauthorized(given().get("/v1/reports/mine").then());
        assertUnauthorized(given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ReportBodies.minimal()).post("/v1/reports").then());
    }

    @Test
    void refusesAnExpiredTokenWith401Problem() throws InterruptedException {
        String token = Tokens.from(Tokens.REALM, "app-short-lived", "reporter-a");
        long exp = Tokens.claims(token).getLong("exp");
        // The same token is accepted while it is valid, so the later 401 is the expiry and nothing else.
        given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(200);
        long waitMillis = exp * 1000 - System.currentTimeMillis() + 2000;
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        assertUnauthorized(given().auth().oauth2(token).get("/v1/reports/mine").then());
    }

    @Test
    void refusesATokenSignedByAnotherKeyWith401Problem() throws Exception {
        String genuine = Tokens.from(Tokens.REALM, "app", "reporter-a");
        // The genuine token is accepted, so only the signature differs in the forged one.
        given().auth().oauth2(genuine).get("/v1/reports/mine").then().statusCode(200);

        JsonPath header = part(genuine, 0);
        Map<String, Object> claims = part(genuine, 1).getMap("");
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair attacker = gen.generateKeyPair();
        // Same claims (issuer, audience, subject, roles, expiry) and the same key id as Keycloak's key.
        String forged = Jwt.claims(claims).jws().keyId(header.getString("kid")).algorithm(
                io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(attacker.getPrivate());
        assertEquals(part(genuine, 1).getString("iss"), part(forged, 1).getString("iss"));
        assertEquals(part(genuine, 1).getString("sub"), part(forged, 1).getString("sub"));
        assertNotEquals(genuine.split("\\.")[2], forged.split("\\.")[2]);

        assertUnauthorized(given().auth().oauth2(forged).get("/v1/reports/mine").then());

        // And with a key id Keycloak never published (no introspection fallback may accept it).
        String unknownKid = Jwt.claims(claims).jws().keyId("attacker-key").sign(attacker.getPrivate());
        assertUnauthorized(given().auth().oauth2(unknownKid).get("/v1/reports/mine").then());
    }

    @Test
    void refusesATokenFromAnotherRealmWith401Problem() {
        String token = Tokens.from("other-realm", "app", "reporter-a");
        assertEquals("reporter-a", Tokens.claims(token).getString("preferred_username"));
        assertUnauthorized(given().auth().oauth2(token).get("/v1/reports/mine").then());
    }

    @Test
    void refusesATokenForAnotherAudienceWith401Problem() {
        String token = Tokens.from(Tokens.REALM, "other-api-client", "reporter-a");
        assertNotEquals(-1, Tokens.claims(token).getList("realm_access.roles").indexOf("user"),
                "the token has the right role, only its audience is wrong");
        assertUnauthorized(given().auth().oauth2(token).get("/v1/reports/mine").then());
    }

    @Test
    void refusesAModeratorOnReporterEndpointsWith403Problem() {
        String token = Tokens.of("moderator");
        given().auth().oauth2(token).get("/v1/reports/mine").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(token).get("/v1/reports/" + UUID.randomUUID()).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ReportBodies.minimal()).post("/v1/reports").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void everyTokenCarriesItsUsersStablePlatformAccountIdNotTheUsername() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String user : java.util.List.of("reporter-a", "reporter-b", "creator", "moderator", "moderator-2",
                "senior-moderator", "child-safety", "trusted-flagger", "auditor", "approver-1", "admin")) {
            var claims = Tokens.claims(Tokens.of(user));
            String id = claims.getString("platform_account_id");
            org.junit.jupiter.api.Assertions.assertNotNull(id, user + " has no platform_account_id claim");
            org.junit.jupiter.api.Assertions.assertNotEquals(claims.getString("preferred_username"), id);
            ids.add(id);
        }
        org.junit.jupiter.api.Assertions.assertEquals(11, ids.size(), "platform account ids are distinct");
        org.junit.jupiter.api.Assertions.assertTrue(
                Tokens.claims(Tokens.of("child-safety")).getList("realm_access.roles").contains("child-safety"));
        org.junit.jupiter.api.Assertions.assertTrue(
                Tokens.claims(Tokens.of("trusted-flagger")).getList("realm_access.roles").contains("trusted-flagger"));
    }

    private static void assertUnauthorized(ValidatableResponse r) {
        r.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    private static JsonPath part(String jwt, int index) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }
}
