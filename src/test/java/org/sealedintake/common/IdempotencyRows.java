package org.sealedintake.common;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Throw-away rows for the TransactionSql tests: random idempotency keys that expire at once (the daily purge removes them). */
final class IdempotencyRows {
    static final String INSERT = """
            insert into idempotency_record (key_index, body_fingerprint, claimed_at, expires_at) values (?, ?, ?, ?)""";
    private static final SecureRandom RANDOM = new SecureRandom();

    private IdempotencyRows() {
    }

    /** Microseconds, as PostgreSQL stores them. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] key() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }
}
