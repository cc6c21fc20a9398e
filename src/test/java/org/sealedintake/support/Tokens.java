package org.sealedintake.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens issued by the real Keycloak the test run started (keycloak/sealed-intake-realm.json).
 * Passwords are the realm file's DEV/TEST-ONLY ones: {@code <username>-dev-pw}.
 */
public final class Tokens {
    public static final String KEYCLOAK = System.getProperty("sealedtest.keycloak.url", "http://127.0.0.1:8180");
    public static final String REALM = "sealed-intake";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    /** DEV/TEST-ONLY TOTP secrets of the staff users, as in the realm file (docs/unseal.md). */
    public static final Map<String, String> STAFF_TOTP_SECRETS = Map.of(
            "auditor", "DEVONLYTOTP-auditor",
            "approver-1", "DEVONLYTOTP-approver-1",
            "approver-2", "DEVONLYTOTP-approver-2",
            "auditor-approver", "DEVONLYTOTP-auditor-approver");

    private Tokens() {
    }

    /** A fresh-enough access token of {@code username} from the {@code app} client. */
    public static String of(String username) {
        Cached c = CACHE.get(username);
        if (c != null && c.expiresAt.isAfter(Instant.now().plusSeconds(30))) {
            return c.token;
        }
        JsonPath body = issue(REALM, "app", username);
        String token = body.getString("access_token");
        CACHE.put(username, new Cached(token, Instant.now().plusSeconds(body.getLong("expires_in"))));
        return token;
    }

    /** A token from another client or realm, never cached. */
    public static String from(String realm, String clientId, String username) {
        return issue(realm, clientId, username).getString("access_token");
    }

    private static JsonPath issue(String realm, String clientId, String username) {
        var request = given().baseUri(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", username + "-dev-pw")
                .formParam("scope", "openid");
        if (REALM.equals(realm) && STAFF_TOTP_SECRETS.containsKey(username)) {
            // Staff sign in with a second factor (docs/unseal.md); the realm then sets acr 2.
            request.formParam("totp", Totp.now(STAFF_TOTP_SECRETS.get(username)));
        }
        return request.post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The decoded payload of a JWT, for tests that need a claim such as {@code sub}. */
    public static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return new JsonPath(new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8));
    }

    private record Cached(String token, Instant expiresAt) {
    }
}
