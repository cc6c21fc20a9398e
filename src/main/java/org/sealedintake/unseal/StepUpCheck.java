package org.sealedintake.unseal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Approve and execute need a recent sign-in with a second factor (policy {@code stepUp}): the
 * token's {@code auth_time} within {@code maxAuthAge} and its {@code acr} one of
 * {@code acceptedAcr}. A token without auth_time fails, unless the environment (dev, test) allows
 * {@code iat} in its place.
 */
@ApplicationScoped
class StepUpCheck {
    private final UnsealPolicy policy;
    private final UnsealConfig config;
    private final Clock clock;

    StepUpCheck(UnsealPolicy policy, UnsealConfig config, Clock clock) {
        this.policy = policy;
        this.config = config;
        this.clock = clock;
    }

    /** Why the staff member's sign-in does not suffice, or empty when it does. */
    Optional<String> shortfall(Staff staff) {
        return shortfall(staff, policy.stepUp(), config.stepUp().acceptIssuedAtAsAuthTime(), Instant.now(clock));
    }

    static Optional<String> shortfall(Staff staff, UnsealPolicy.StepUp rule, boolean iatFallback, Instant now) {
        if (staff.acr() == null || !rule.acceptedAcr().contains(staff.acr())) {
            return Optional.of("second-factor-missing");
        }
        Optional<Instant> authTime = staff.authTime().or(() -> iatFallback ? Optional.of(staff.issuedAt()) : Optional.empty());
        if (authTime.isEmpty()) {
            return Optional.of("auth-time-missing");
        }
        if (authTime.get().plus(rule.maxAuthAge()).isBefore(now)) {
            return Optional.of("sign-in-too-old");
        }
        return Optional.empty();
    }

    UnsealPolicy.StepUp rule() {
        return policy.stepUp();
    }
}
