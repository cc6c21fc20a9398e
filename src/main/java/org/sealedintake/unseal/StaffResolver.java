package org.sealedintake.unseal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.common.Roles;
import org.sealedintake.common.TokenClaims;

/** Reads the staff caller from the access token that quarkus-oidc verified. */
@RequestScoped
class StaffResolver {
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    StaffResolver(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    Staff current() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ApiProblem(403, "subject-missing", "Forbidden", "The token does not name its subject.");
        }
        return new Staff(subject, identity.hasRole(Roles.AUDITOR), identity.hasRole(Roles.APPROVER),
                TokenClaims.text(identity, token, "acr"), epoch(token.getClaim("auth_time")),
                Instant.ofEpochSecond(token.getIssuedAtTime()));
    }

    /** Actor of a refused attempt by a caller who may be no staff member at all. */
    static final String NON_STAFF_ACTOR = "non-staff-user";

    /**
     * The audit actor of a refused attempt: the subject of a staff member; for a platform user
     * (a possible reporter) a fixed label, so no reporter's subject enters the log (threat T15).
     */
    String refusalActor() {
        boolean staff = identity.hasRole(Roles.MODERATOR) || identity.hasRole(Roles.SENIOR_MODERATOR)
                || identity.hasRole(Roles.AUDITOR) || identity.hasRole(Roles.APPROVER) || identity.hasRole(Roles.ADMIN);
        String subject = token == null ? null : token.getSubject();
        if (!staff) {
            return NON_STAFF_ACTOR;
        }
        return subject == null || subject.isBlank() ? "unknown" : subject;
    }

    /** Seconds since the epoch; a missing standard claim reads as 0 here, which is no time at all. */
    private static Optional<Instant> epoch(Object claim) {
        long seconds;
        if (claim instanceof JsonNumber n) {
            seconds = n.longValue();
        } else if (claim instanceof Number n) {
            seconds = n.longValue();
        } else if (claim != null) {
            try {
                seconds = Long.parseLong(claim instanceof JsonString s ? s.getString() : claim.toString());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return seconds > 0 ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }
}
