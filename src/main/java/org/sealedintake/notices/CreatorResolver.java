package org.sealedintake.notices;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.common.TokenClaims;

/**
 * The reviewed creator behind a request: the stable platform account id the token carries (a user
 * attribute mapped into the access token), never the username, which can be renamed and reused.
 */
@RequestScoped
class CreatorResolver {
    static final String CLAIM = "platform_account_id";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    CreatorResolver(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    String currentAccount() {
        String account = TokenClaims.text(identity, token, CLAIM);
        if (account == null || account.isBlank()) {
            throw NoticeProblems.accountClaimMissing();
        }
        return account;
    }
}
