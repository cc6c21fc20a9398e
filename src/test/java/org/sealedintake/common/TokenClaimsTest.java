package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.json.Json;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** Claims of a verified token come from its own claim set; JsonWebToken.getClaim is only the fallback. */
class TokenClaimsTest {

    @Test
    void readsAVerifiedTokensClaimsFromItsClaimSetWithoutGetClaim() throws Exception {
        JwtClaims claims = JwtClaims.parse("""
                {"sub": "s-1", "iss": "https://issuer", "platform_account_id": "acct-42", "name": "李雷",
                 "nested": {"a": 1}, "count": 3}""");
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, new AccessTokenCredential("raw"))).build();
        // getClaim throws for names outside MicroProfile's Claims enum (and fills a stack trace): must not be asked.
        JsonWebToken refusing = token(name -> {
            throw new AssertionError("JsonWebToken.getClaim(\"" + name + "\") called for a verified token");
        });

        assertEquals("acct-42", TokenClaims.text(identity, refusing, "platform_account_id"));
        assertEquals("李雷", TokenClaims.text(identity, refusing, "name"));
        assertEquals("3", TokenClaims.text(identity, refusing, "count"));
        assertEquals("{\"a\":1}", TokenClaims.text(identity, refusing, "nested"));
        assertNull(TokenClaims.text(identity, refusing, "email"));
    }

    @Test
    void anyOtherPrincipalIsReadThroughJsonWebToken() {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone").build();
        JsonWebToken token = token(name -> switch (name) {
            case "platform_account_id" -> Json.createValue("acct-7");
            case "name" -> "Han Meimei";
            default -> null;
        });

        assertEquals("acct-7", TokenClaims.text(identity, token, "platform_account_id"), "a JSON string's content, unquoted");
        assertEquals("Han Meimei", TokenClaims.text(identity, token, "name"));
        assertNull(TokenClaims.text(identity, token, "email"));
    }

    private static JsonWebToken token(Function<String, Object> claims) {
        return (JsonWebToken) Proxy.newProxyInstance(TokenClaimsTest.class.getClassLoader(),
                new Class<?>[] {JsonWebToken.class, Principal.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getClaim" -> claims.apply((String) args[0]);
                    case "getClaimNames" -> Set.of();
                    case "getName" -> "proxy";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
