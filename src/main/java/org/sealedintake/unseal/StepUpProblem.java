package org.sealedintake.unseal;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.sealedintake.common.ApiProblem;

/**
 * 401 asking for a fresh sign-in with a second factor (in the spirit of RFC 9470, step-up
 * authentication challenge): the client signs in again and retries.
 */
final class StepUpProblem {
    private StepUpProblem() {
    }

    static ApiProblem of(String reason, UnsealPolicy.StepUp rule) {
        return new ApiProblem(401, "step-up-required", "Recent second-factor sign-in required",
                "Approving and executing an unseal need a sign-in with a second factor within the last "
                        + rule.maxAuthAge().toMinutes() + " minutes; sign in again and retry.",
                Map.of("reason", reason, "acrValues", rule.acceptedAcr(), "maxAge", rule.maxAuthAge().toSeconds()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_user_authentication\", "
                        + "error_description=\"A recent sign-in with a second factor is required\", acr_values=\""
                        + String.join(" ", rule.acceptedAcr()) + "\", max_age=" + rule.maxAuthAge().toSeconds());
    }
}
