package org.sealedintake.cases;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.Roles;
import org.sealedintake.common.TokenClaims;

/**
 * Reads the staff member working cases from the access token that quarkus-oidc verified. One instance for the
 * application, as {@code CallerResolver}: the token and identity are the current request's, through their
 * proxies, and the configuration is read once instead of per request.
 */
@ApplicationScoped
class ModeratorResolver {
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final String accountClaim;

    ModeratorResolver(JsonWebToken token, SecurityIdentity identity, CasesConfig config) {
        this.token = token;
        this.identity = identity;
        this.accountClaim = config.accountClaim();
    }

    Moderator current() {
        String subject = token.getSubject();
        String account = TokenClaims.text(identity, token, accountClaim);
        if (subject == null || subject.isBlank() || account == null || account.isBlank()) {
            // Without the account id the own-account exclusion cannot hold: no case is shown.
            throw new ApiProblem(403, "account-claim-missing", "Forbidden", "The token does not name a platform account.");
        }
        return new Moderator(subject, account, identity.hasRole(Roles.MODERATOR), identity.hasRole(Roles.SENIOR_MODERATOR),
                identity.hasRole(Roles.CHILD_SAFETY));
    }
}
