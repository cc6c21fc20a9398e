package org.sealedintake.audit;

/**
 * The chainer found something in the database it must not sign: an event whose seal does not
 * verify, or a chain that does not follow from the events since the last signed checkpoint. It
 * chains and signs nothing until an operator has looked (docs/audit.md, "Alarms"). The message
 * names row ids only.
 */
public class AuditChainAlarm extends RuntimeException {
    /** What was found. */
    public enum Kind {
        /** An unchained event whose seal is missing or does not verify: edited or forged in the database. */
        EVENT_SEAL_INVALID,
        /** The stored chain since the last signed checkpoint does not recompute from the events. */
        HEAD_DOES_NOT_FOLLOW,
        /** The newest stored checkpoint's signature does not verify. */
        CHECKPOINT_SIGNATURE_INVALID
    }

    private final Kind kind;

    public AuditChainAlarm(Kind kind, String detail) {
        super(kind + ": " + detail, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
