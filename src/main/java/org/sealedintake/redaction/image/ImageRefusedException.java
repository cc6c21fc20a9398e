package org.sealedintake.redaction.image;

/** An image no moderator copy is made of. The message names the reason only, never the content. */
public final class ImageRefusedException extends RuntimeException {
    public enum Reason {
        UNSUPPORTED_FORMAT, TOO_MANY_PIXELS, MALFORMED
    }

    private final Reason reason;

    public ImageRefusedException(Reason reason) {
        super("image refused: " + reason);
        this.reason = reason;
    }

    public ImageRefusedException(Reason reason, Throwable cause) {
        super("image refused: " + reason, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
