package org.sealedintake.notices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The reviewed creator behind a request: the stable platform account id the token carries (a user
 * attribute mapped into the access token), never the username, which can be renamed and reused.
 */
@RequestScoped
class CreatorResolver {
    static final String CLAIM = "platform_account_id";

    private final JsonWebToken token;

    CreatorResolver(JsonWebToken token) {
        this.token = token;
    }

    String currentAccount() {
        Object claim = token.getClaim(CLAIM);
        String account = claim instanceof JsonString s ? s.getString() : claim == null ? null : claim.toString();
        if (account == null || account.isBlank()) {
            throw NoticeProblems.accountClaimMissing();
        }
        return account;
    }
}
