package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sealedintake.common.IdempotencyRows.INSERT;
import static org.sealedintake.common.IdempotencyRows.key;
import static org.sealedintake.common.IdempotencyRows.now;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;

/**
 * {@link TransactionSql#write}'s queue (D30): a queued write reaches the database with the transaction's next
 * statement, in the same round trip, before any statement Hibernate prepares, or before the commit; it fails
 * the transaction as an immediate write would; and nothing of a rolled-back transaction's queue survives it. Rows: random idempotency keys that
 * expire at once (the daily purge removes them).
 */
@QuarkusTest
class TransactionSqlQueueTest {

    @Test
    void queuedWritesGoWithTheNextStatementInOneRoundTrip() {
        byte[] a = key();
        byte[] b = key();
        long[] trips = new long[3];
        long found = QuarkusTransaction.requiringNew().call(() -> {
            trips[0] = TransactionSql.roundTripsOnThisThread();
            queueInsert(a);
            queueInsert(b);
            trips[1] = TransactionSql.roundTripsOnThisThread();
            long n = TransactionSql.first("select count(*) from idempotency_record where key_index = any(?)",
                    rs -> rs.getLong(1), (Object) new byte[][] { a, b }).orElseThrow();
            trips[2] = TransactionSql.roundTripsOnThisThread();
            return n;
        });

        assertEquals(0, trips[1] - trips[0], "queued writes are not sent on their own");
        assertEquals(1, trips[2] - trips[1], "the two writes and the query in one round trip");
        assertEquals(2, found, "the query sees the writes queued before it");
    }

    @Test
    void aQueuedWriteNoStatementFollowsIsSentBeforeTheCommit() throws Exception {
        byte[] a = key();
        QuarkusTransaction.requiringNew().run(() -> queueInsert(a));

        assertEquals(1, committed(a));
    }

    @Test
    void aStatementHibernatePreparesSeesTheWritesQueuedBeforeIt() {
        byte[] a = key();
        long[] trips = new long[2];
        Number found = QuarkusTransaction.requiringNew().call(() -> {
            queueInsert(a);
            trips[0] = TransactionSql.roundTripsOnThisThread();
            Number n = (Number) Panache.getEntityManager()
                    .createNativeQuery("select count(*) from idempotency_record where key_index = ?1")
                    .setParameter(1, a).getSingleResult();
            trips[1] = TransactionSql.roundTripsOnThisThread();
            return n;
        });

        assertEquals(1, trips[1] - trips[0], "the queue went out before Hibernate's statement");
        assertEquals(1, found.longValue());
    }

    @Test
    void aFailingQueuedWriteRollsTheWholeTransactionBack() throws Exception {
        byte[] a = key();
        byte[] b = key();

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            TransactionSql.update(INSERT, a, key(), now(), now());
            queueInsert(b);
            queueInsert(a); // the key exists: a unique violation, found only before the commit
        }));

        assertEquals(0, committed(a), "the write sent at once is rolled back");
        assertEquals(0, committed(b), "the queued write before the failing one is rolled back");
    }

    @Test
    void aRolledBackTransactionsQueueDoesNotReachTheNextTransaction() throws Exception {
        byte[] a = key();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            queueInsert(a);
            throw new IllegalStateException("the work failed after the write was queued");
        }));
        long[] statements = new long[2];

        QuarkusTransaction.requiringNew().run(() -> {
            statements[0] = TransactionSql.statementsOnThisThread();
            TransactionSql.first("select 1", rs -> 1);
            statements[1] = TransactionSql.statementsOnThisThread();
        });

        assertEquals(1, statements[1] - statements[0], "only the new transaction's own statement was sent");
        assertEquals(0, committed(a));
    }

    @Test
    void outsideATransactionAWriteRunsAtOnce() throws Exception {
        byte[] a = key();
        long before = TransactionSql.roundTripsOnThisThread();

        queueInsert(a);

        assertEquals(1, TransactionSql.roundTripsOnThisThread() - before);
        assertEquals(1, committed(a));
    }

    private static void queueInsert(byte[] keyIndex) {
        TransactionSql.write(INSERT, keyIndex, key(), now(), now());
    }

    private static long committed(byte[] keyIndex) throws Exception {
        return Db.count("select count(*) from idempotency_record where key_index = ?", keyIndex);
    }
}
