package org.sealedintake.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The verifier's answer. {@code verifiedThrough}: the last seq up to which the chain is proven;
 * {@code firstBadSeq}: where the first problem is (null when intact, or when the problem is an
 * event with no chain row at all); {@code problem}: its kind; {@code detail}: one sentence naming
 * row ids only, never event contents.
 */
@Schema(description = "The audit chain verifier's answer.")
public record VerifyResult(
        @Schema(required = true) boolean intact,
        @Schema(required = true) long verifiedThrough,
        @Schema(required = true, nullable = true, description = "Null when intact or when the problem is an unchained event.") Long firstBadSeq,
        @Schema(required = true, nullable = true, type = SchemaType.STRING, implementation = String.class,
                description = "Null when intact; otherwise an AuditChainProblem value.") Problem problem,
        @Schema(required = true) String detail) {

    /** Named apart from the API's problem+json schema, which is {@code Problem}. */
    @Schema(name = "AuditChainProblem", description = "The kind of the first problem found in the audit chain.")
    public enum Problem {
        /** An event's stored fields no longer hash to its chain row. */
        EVENT_MODIFIED,
        /** A chain row points at an event that is gone. */
        EVENT_MISSING,
        /** An event older than the grace period has no chain row (inserted behind the chainer's back). */
        EVENT_UNCHAINED,
        /** The chain's seq numbers are not 1, 2, 3, ... */
        SEQUENCE_GAP,
        /** Chain rows are in another order than they were hashed (rows swapped or moved). */
        ORDER_MISMATCH,
        /** A signed checkpoint (exported or stored) is beyond the database's head: rows were cut off. */
        TRUNCATED,
        /** A checkpoint's signature does not verify with the audit signing keyset. */
        BAD_SIGNATURE,
        /** The recomputed head at a checkpoint differs from the signed one (the chain was rewritten). */
        CHECKPOINT_MISMATCH,
        /**
         * Events were chained after the newest signed checkpoint, and that checkpoint is older than
         * {@code sealed.audit.verify.max-checkpoint-age}: checkpoints stopped (a lock held elsewhere,
         * a stopped chainer, an alarm), so the tail of the log is not vouched for by any signature.
         */
        STALE_CHECKPOINT,
        /** The exported checkpoint file has a broken line other than a torn last one: the anchor itself was tampered with. */
        EXPORT_CORRUPT
    }

    static VerifyResult ok(long head, String detail) {
        return new VerifyResult(true, head, null, null, detail);
    }

    static VerifyResult bad(long verifiedThrough, Long firstBadSeq, Problem problem, String detail) {
        return new VerifyResult(false, verifiedThrough, firstBadSeq, problem, detail);
    }
}
