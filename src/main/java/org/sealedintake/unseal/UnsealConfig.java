package org.sealedintake.unseal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Unseal settings that differ per environment; the rules themselves are in policies/unseal.yaml. */
@ConfigMapping(prefix = "sealed.unseal")
public interface UnsealConfig {

    /** Step-up settings. */
    StepUpConfig stepUp();

    interface StepUpConfig {
        /**
         * DEV/TEST ONLY: take the token's {@code iat} as its authentication time when it has no
         * {@code auth_time}. Keycloak 26 puts no auth_time into password-grant tokens; the dev realm
         * issues no refresh tokens to the {@code app} client, so there iat is the sign-in time.
         * Production staff sign in through the browser flow, whose tokens carry auth_time.
         */
        @WithDefault("false")
        boolean acceptIssuedAtAsAuthTime();
    }
}
