package org.sealedintake.intake;

/** Limits of the wire contract (api-and-roles.md); upload limits are configuration. */
public final class IntakeLimits {
    public static final int MAX_DESCRIPTION_CHARS = 5000;
    public static final int MAX_ATTACHMENTS = 10;
    public static final int MAX_IDEMPOTENCY_KEY_CHARS = 255;

    private IntakeLimits() {
    }
}
