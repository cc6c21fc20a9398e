package org.sealedintake.unseal;

import java.time.Duration;
import java.util.List;

/**
 * The rules of unsealing, from {@code policies/unseal.yaml}. The constructor refuses values that would
 * weaken dual control or make the policy meaningless; each message names the field.
 */
public record UnsealPolicy(Integer requiredApprovals, Duration executionWindow, Integer minJustificationLength,
        Duration maxDisclosureDeferral, StepUp stepUp) {

    public UnsealPolicy {
        requiredApprovals = requiredApprovals == null ? 1 : requiredApprovals;
        executionWindow = executionWindow == null ? Duration.ofHours(24) : executionWindow;
        minJustificationLength = minJustificationLength == null ? 30 : minJustificationLength;
        maxDisclosureDeferral = maxDisclosureDeferral == null ? Duration.ofDays(365) : maxDisclosureDeferral;
        if (requiredApprovals < 1 || requiredApprovals > 2) {
            throw new IllegalArgumentException("requiredApprovals must be 1 or 2");
        }
        if (executionWindow.isNegative() || executionWindow.isZero() || executionWindow.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("executionWindow must be more than zero and at most P7D");
        }
        if (minJustificationLength < 1 || minJustificationLength > 2000) {
            throw new IllegalArgumentException("minJustificationLength must be between 1 and 2000");
        }
        if (maxDisclosureDeferral.isNegative() || maxDisclosureDeferral.isZero()) {
            throw new IllegalArgumentException("maxDisclosureDeferral must be more than zero");
        }
        if (stepUp == null) {
            throw new IllegalArgumentException("stepUp is required (maxAuthAge and acceptedAcr)");
        }
    }

    /** Recent, second-factor sign-in required for approve and execute. */
    public record StepUp(Duration maxAuthAge, List<String> acceptedAcr) {
        public StepUp {
            if (maxAuthAge == null || maxAuthAge.isNegative() || maxAuthAge.isZero()
                    || maxAuthAge.compareTo(Duration.ofHours(12)) > 0) {
                throw new IllegalArgumentException("stepUp.maxAuthAge must be more than zero and at most PT12H");
            }
            if (acceptedAcr == null || acceptedAcr.isEmpty() || acceptedAcr.stream().anyMatch(a -> a == null || a.isBlank())) {
                throw new IllegalArgumentException("stepUp.acceptedAcr must list at least one acr value");
            }
            acceptedAcr = List.copyOf(acceptedAcr);
        }
    }
}
