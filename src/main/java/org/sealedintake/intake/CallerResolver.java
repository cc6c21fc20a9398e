package org.sealedintake.intake;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.Roles;
import org.sealedintake.common.SealedConfig;

/** Reads the caller from the access token, which quarkus-oidc has verified locally (no userinfo call). */
@RequestScoped
public class CallerResolver {
    private final JsonWebToken token;
    private final SealedConfig config;
    private final SecurityIdentity identity;

    CallerResolver(JsonWebToken token, SealedConfig config, SecurityIdentity identity) {
        this.token = token;
        this.config = config;
        this.identity = identity;
    }

    public Caller current() {
        String account = claim(config.identity().accountClaim());
        String subject = token.getSubject();
        String issuer = token.getIssuer();
        if (account == null || account.isBlank() || subject == null || subject.isBlank() || issuer == null) {
            throw new ApiProblem(403, "account-claim-missing", "Forbidden",
                    "The token does not name a platform account.");
        }
        return new Caller(issuer, subject, account, claim("name"), claim("email"), identity.hasRole(Roles.TRUSTED_FLAGGER));
    }

    private String claim(String name) {
        Object v = token.getClaim(name);
        return v == null ? null : v.toString();
    }
}
