package org.sealedintake.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.TestEnvironment;

/**
 * Found by scripts/crash-cycles.sh: a request that outlived its in-flight lease still completed the
 * key after a retry had taken it over, so one key stood for two committed reports. The claim time now
 * fences completion and release: only the current holder can complete or give the key back.
 */
@QuarkusTest
class IdempotencyFencingTest {
    @Inject
    IdempotencyStore store;

    @Inject
    ReportWriter writer;

    @Test
    void aRequestThatLostItsClaimCannotCompleteOrReleaseTheKey() throws Exception {
        byte[] key = UUID.randomUUID().toString().getBytes();
        byte[] body = new byte[] { 1, 2, 3 };
        IdempotencyStore.Claim first = QuarkusTransaction.requiringNew().call(() -> store.claim(key, body));
        Instant firstAt = assertInstanceOf(IdempotencyStore.Claim.Won.class, first).claimedAt();

        // The first holder stalls past its lease (as under kill -9 of the database, or a long pause).
        try (var c = TestEnvironment.ownerConnection(); var s = c.prepareStatement(
                "update idempotency_record set claimed_at = claimed_at - interval '1 day' where key_index = ?")) {
            s.setBytes(1, key);
            assertEquals(1, s.executeUpdate());
        }
        Instant staleAt = firstAt.minusSeconds(86_400);
        IdempotencyStore.Claim retry = QuarkusTransaction.requiringNew().call(() -> store.claim(key, body));
        Instant retryAt = assertInstanceOf(IdempotencyStore.Claim.Won.class, retry).claimedAt();

        UUID late = UUID.randomUUID();
        assertThrows(IdempotencyStore.ClaimLostException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> store.complete(key, staleAt, late)));
        QuarkusTransaction.requiringNew().run(() -> store.release(key, staleAt));
        assertEquals(1, Db.count("select count(*) from idempotency_record where key_index = ? and report_id is null", key),
                "the stale holder's release leaves the retry's claim alone");

        // The whole report transaction of the stale holder, as ReportWriter runs it: nothing of that report commits.
        String target = "post:" + UUID.randomUUID();
        SubmitReportRequest request = IntakeFixtures.harassment(target);
        Caller caller = IntakeFixtures.caller("reporter-y");
        assertThrows(IdempotencyStore.ClaimLostException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> writer.create(caller, key, staleAt, request, "Repeated insulting replies")));
        assertEquals(0, Db.count("select count(*) from report where target_content_ref = ?", target));
        assertEquals(0, Db.count("select count(*) from idempotency_record where key_index = ? and report_id is not null", key));

        UUID winner = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> store.complete(key, retryAt, winner));
        assertEquals(1, Db.count("select count(*) from idempotency_record where key_index = ? and report_id = ?", key, winner));
    }
}
