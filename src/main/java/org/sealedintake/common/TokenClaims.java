package org.sealedintake.common;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a text claim of the access token that quarkus-oidc verified. {@link JsonWebToken#getClaim} first looks
 * the name up in MicroProfile's {@code Claims} enum by {@code Enum.valueOf}, which throws (and fills a stack
 * trace) for every name outside it, such as the platform account claim and {@code name}: on the intake path
 * that was 1.5% of the service's CPU (docs/performance.md, "Eighth pass"). The verified principal's own claim
 * set gives the same value without it: for a name outside the enum, {@code getClaim} returns exactly that
 * set's value. Text claims only: the enum's typed claims (the times, {@code groups}, {@code aud}) have their own
 * getters on {@link JsonWebToken}, which convert them.
 */
public final class TokenClaims {
    private TokenClaims() {
    }

    /** The claim as text ({@code null} when absent): a JSON string's content, anything else as written. */
    public static String text(SecurityIdentity identity, JsonWebToken token, String name) {
        Object claim = identity.getPrincipal() instanceof OidcJwtCallerPrincipal verified
                ? verified.getClaims().getClaimValue(name)
                : token.getClaim(name);
        return claim instanceof JsonString s ? s.getString() : claim == null ? null : claim.toString();
    }
}
