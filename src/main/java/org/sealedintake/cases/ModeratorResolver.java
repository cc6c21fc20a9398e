package org.sealedintake.cases;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.Roles;
import org.sealedintake.common.TokenClaims;

/** Reads the staff member working cases from the access token that quarkus-oidc verified. */
@RequestScoped
class ModeratorResolver {
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final CasesConfig config;

    ModeratorResolver(JsonWebToken token, SecurityIdentity identity, CasesConfig config) {
        this.token = token;
        this.identity = identity;
        this.config = config;
    }

    Moderator current() {
        String subject = token.getSubject();
        String account = TokenClaims.text(identity, token, config.accountClaim());
        if (subject == null || subject.isBlank() || account == null || account.isBlank()) {
            // Without the account id the own-account exclusion cannot hold: no case is shown.
            throw new ApiProblem(403, "account-claim-missing", "Forbidden", "The token does not name a platform account.");
        }
        return new Moderator(subject, account, identity.hasRole(Roles.MODERATOR), identity.hasRole(Roles.SENIOR_MODERATOR),
                identity.hasRole(Roles.CHILD_SAFETY));
    }
}
