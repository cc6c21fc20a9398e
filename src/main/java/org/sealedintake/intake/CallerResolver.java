package org.sealedintake.intake;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.Roles;
import org.sealedintake.common.SealedConfig;
import org.sealedintake.common.TokenClaims;

/**
 * Reads the caller from the access token, which quarkus-oidc has verified locally (no userinfo call). One
 * instance for the application (the token and identity are the current request's, through their proxies), so
 * no request pays for creating it and looking its configuration up again.
 */
@ApplicationScoped
public class CallerResolver {
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final String accountClaim;

    CallerResolver(JsonWebToken token, SealedConfig config, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
        this.accountClaim = config.identity().accountClaim();
    }

    public Caller current() {
        String account = claim(accountClaim);
        String subject = token.getSubject();
        String issuer = token.getIssuer();
        if (account == null || account.isBlank() || subject == null || subject.isBlank() || issuer == null) {
            throw new ApiProblem(403, "account-claim-missing", "Forbidden",
                    "The token does not name a platform account.");
        }
        return new Caller(issuer, subject, account, claim("name"), claim("email"), identity.hasRole(Roles.TRUSTED_FLAGGER));
    }

    private String claim(String name) {
        return TokenClaims.text(identity, token, name);
    }
}
