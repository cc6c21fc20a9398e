package org.sealedintake.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sealedintake.common.SealedConfig;
import org.sealedintake.common.TransactionSql;

/**
 * Claims of Idempotency-Keys. Concurrency is settled by the primary key, never by
 * check-then-insert: of twenty simultaneous first uses, exactly one insert wins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyStore implements PanacheRepositoryBase<IdempotencyRecord, byte[]> {
    private final Clock clock;
    private final SealedConfig config;

    IdempotencyStore(Clock clock, SealedConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** What a claim found. */
    public sealed interface Claim {
        /**
         * This request holds the key now and must do the work. {@code claimedAt} fences the claim: a
         * request that outlived its lease cannot complete or release the claim of the one that took over.
         */
        record Won(Instant claimedAt) implements Claim {
        }

        /** The key was used before; the record says how. */
        record Existing(IdempotencyRecord record) implements Claim {
        }
    }

    /**
     * Tries to take the key; commits on its own so concurrent requests see the claim at once. No JTA
     * transaction: each statement commits by itself (autocommit), so a fresh key costs one round trip, not
     * the insert and a separate COMMIT (D30). Nothing here needs two statements to commit together: the
     * insert settles the race, and the clean-up delete is safe alone. The claim's commit does not wait for
     * the disk (D31): the report transaction that completes it commits synchronously, after it in the
     * write-ahead log, so an acknowledged report's claim is always on disk; a claim lost in a crash of the
     * database had no report yet, and the client's retry claims the key again.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Claim claim(byte[] keyIndex, byte[] bodyFingerprint) {
        // Microseconds, as PostgreSQL stores them: the claim time is compared again as the fence.
        Instant now = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Duration lease = config.intake().idempotencyInFlightLease();
        // A fresh key (nearly every request) takes one statement. Only when the key is held already is an
        // expired record, or an in-flight claim whose holder died, cleared away and the claim tried again.
        if (insertClaim(keyIndex, bodyFingerprint, now)) {
            return new Claim.Won(now);
        }
        TransactionSql.update("""
                delete from idempotency_record
                 where key_index = ? and (expires_at < ? or (report_id is null and claimed_at < ?))""",
                keyIndex, now, now.minus(lease));
        if (insertClaim(keyIndex, bodyFingerprint, now)) {
            return new Claim.Won(now);
        }
        Optional<IdempotencyRecord> existing = QuarkusTransaction.requiringNew().call(() -> findByIdOptional(keyIndex));
        // Gone between the insert and the read: its holder released it; the client may simply retry.
        return existing.<Claim>map(Claim.Existing::new).orElseGet(() -> new Claim.Existing(null));
    }

    private boolean insertClaim(byte[] keyIndex, byte[] bodyFingerprint, Instant now) {
        return TransactionSql.updateWithoutDiskFlush("""
                insert into idempotency_record (key_index, body_fingerprint, claimed_at, expires_at)
                values (?, ?, ?, ?) on conflict (key_index) do nothing""",
                keyIndex, bodyFingerprint, now, now.plus(config.intake().idempotencyTtl())) == 1;
    }

    /** Gives the key back after the work failed, so a corrected retry is not blocked. */
    public void release(byte[] keyIndex, Instant claimedAt) {
        TransactionSql.update("delete from idempotency_record where key_index = ? and report_id is null and claimed_at = ?",
                keyIndex, claimedAt);
    }

    /** Marks the key as used for {@code reportId}, in the report's own transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(byte[] keyIndex, Instant claimedAt, java.util.UUID reportId) {
        int updated = TransactionSql.update("""
                update idempotency_record set report_id = ?
                 where key_index = ? and report_id is null and claimed_at = ?""", reportId, keyIndex, claimedAt);
        if (updated != 1) {
            // This request outlived its lease and a retry took the key over: its report must not commit,
            // or the key would stand for two reports (found by scripts/crash-cycles.sh).
            throw new ClaimLostException();
        }
    }

    /** The in-flight claim was taken over by a retry; the report transaction rolls back. */
    public static final class ClaimLostException extends org.sealedintake.common.ApiProblem {
        ClaimLostException() {
            super(409, "idempotency-in-flight", "Request in progress",
                    "A request with this Idempotency-Key is being processed by a later attempt; retry shortly.");
        }
    }

    /** Daily clean-up of expired keys. */
    public long purgeExpired() {
        return delete("expiresAt < ?1", Instant.now(clock));
    }
}
