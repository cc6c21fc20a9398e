package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealedintake.common.IdempotencyRows.INSERT;
import static org.sealedintake.common.IdempotencyRows.key;
import static org.sealedintake.common.IdempotencyRows.now;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;

/**
 * {@link TransactionSql#updateWithoutDiskFlush} (D31): its commit does not wait for the write-ahead log to reach
 * the disk (PostgreSQL's flush position is still behind its insert position when it returns, which a
 * synchronous commit through {@link TransactionSql#update} never leaves); one round trip; visible at once;
 * refused inside a transaction, where the setting would reach the whole transaction's commit. Rows: random idempotency keys that expire at once.
 */
@QuarkusTest
class TransactionSqlDiskFlushTest {
    private static final int ROWS = 100;

    @Test
    void itsCommitsDoNotWaitForTheDiskAsSynchronousOnesDo() throws Exception {
        int synced = unflushedAfter(() -> TransactionSql.update(INSERT, key(), key(), now(), now()));
        int unsynced = unflushedAfter(() -> TransactionSql.updateWithoutDiskFlush(INSERT, key(), key(), now(), now()));

        // A synchronous commit returns after the log is on disk up to its commit record; without the wait the
        // WAL writer flushes it within wal_writer_delay (200 ms), long after the next round trip has looked.
        // Both bounds leave room for the service's own timers (the audit chainer) writing meanwhile.
        assertTrue(synced <= ROWS / 4, "of " + ROWS + " synchronous commits, unflushed right after: " + synced);
        assertTrue(unsynced >= ROWS / 2, "of " + ROWS + " commits without the wait, unflushed right after: " + unsynced);
    }

    @Test
    void oneRoundTripAndTheRowIsThereAtOnce() throws Exception {
        byte[] a = key();
        long before = TransactionSql.roundTripsOnThisThread();

        int changed = TransactionSql.updateWithoutDiskFlush(INSERT, a, key(), now(), now());

        assertEquals(1, changed, "the insert's own row count, not the setting's");
        assertEquals(1, TransactionSql.roundTripsOnThisThread() - before);
        assertEquals(1, Db.count("select count(*) from idempotency_record where key_index = ?", (Object) a));
    }

    @Test
    void refusedInsideATransaction() throws Exception {
        byte[] a = key();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> TransactionSql.updateWithoutDiskFlush(INSERT, a, key(), now(), now())));

        assertEquals(0, Db.count("select count(*) from idempotency_record where key_index = ?", (Object) a));
    }

    /** How many of ROWS inserts left the log not yet flushed to disk when they returned. */
    private static int unflushedAfter(Runnable insert) {
        int unflushed = 0;
        for (int i = 0; i < ROWS; i++) {
            insert.run();
            unflushed += (int) Db.count("select (pg_current_wal_insert_lsn() > pg_current_wal_flush_lsn())::int");
        }
        return unflushed;
    }
}
