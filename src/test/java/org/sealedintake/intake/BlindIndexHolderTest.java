package org.sealedintake.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Tokens;

/**
 * What the holder of a dump and the blind-index key can do (threat T17, a documented limit): confirm
 * that an account filed a report, but only by naming the account's issuer and subject, the identity
 * provider's random user id; the username alone, which is what a guesser usually knows, confirms
 * nothing.
 */
@QuarkusTest
class BlindIndexHolderTest {
    @Inject
    Ownership ownership;

    @Test
    void theKeyConfirmsAReporterOnlyWithTheSubjectNotWithTheUsername() {
        String token = Tokens.of("reporter-a");
        UUID report = UUID.fromString(ReporterOwnershipTest.file(token));
        var claims = Tokens.claims(token);
        String issuer = claims.getString("iss");

        Caller bySubject = new Caller(issuer, claims.getString("sub"), null, null, null);
        Caller byUsername = new Caller(issuer, claims.getString("preferred_username"), null, null, null);
        Caller otherIssuer = new Caller("https://other.example/realms/x", claims.getString("sub"), null, null, null);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ownership.ownsReport(bySubject, report)),
                "the documented limit: issuer, subject and the key confirm the reporter");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> ownership.ownsReport(byUsername, report)),
                "a username guess confirms nothing");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> ownership.ownsReport(otherIssuer, report)),
                "the same subject at another issuer is another account");
    }
}
