package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.audit.VerifyResult.Problem;
import org.sealedintake.crypto.AuditSigner;

/**
 * Tampering done directly in PostgreSQL as the owner role, with the audit triggers disabled inside
 * the test. Each test works on a database of its own ({@link ScratchAuditDatabase}) holding 30
 * chained events with signed checkpoints at seq 10, 20 and 30, stored and exported; the shared test
 * database, whose chain the running service extends, is never touched.
 */
@QuarkusTest
class AuditTamperTest {
    @Inject
    AuditSigner signer;

    ScratchAuditDatabase db;
    DataSource app;

    @BeforeEach
    void chainThirtyEvents() throws Exception {
        db = ScratchAuditDatabase.create(signer);
        app = db.appDataSource(null);
        db.insertEvents(30, "t");
        AuditChainer.RunResult run = db.chainer(app, 10).run();
        assertEquals(30, run.chained());
        assertEquals(List.of(10L, 20L, 30L), db.exporter.exported().stream().map(Checkpoint::seq).toList());
        VerifyResult before = db.verify(app);
        assertTrue(before.intact(), before::toString);
        assertEquals(30, before.verifiedThrough());
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void changedFieldOfOneEventIsReportedAtItsSeq() throws Exception {
        db.tamper("update audit_event set purpose = 'routine' where id = " + db.eventAt(12));

        assertProblem(db.verify(app), Problem.EVENT_MODIFIED, 12L, 11);
    }

    @Test
    void nullPurposeTurnedIntoEmptyIsAModification() throws Exception {
        // Event 0, 5, 10, ... have a null purpose: the encoding tells null from empty.
        long id = db.eventAt(16);
        db.tamper("update audit_event set purpose = '' where id = " + id + " and purpose is null");
        try (Connection c = db.owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select purpose from audit_event where id = " + id)) {
            rs.next();
            assertEquals("", rs.getString(1));
        }

        assertProblem(db.verify(app), Problem.EVENT_MODIFIED, 16L, 15);
    }

    @Test
    void deletedEventIsReportedAsMissingAtItsSeq() throws Exception {
        db.tamper("delete from audit_event where id = " + db.eventAt(7));

        assertProblem(db.verify(app), Problem.EVENT_MISSING, 7L, 6);
    }

    @Test
    void eventInsertedBehindTheChainersBackIsReportedOnceOlderThanTheGracePeriod() throws Exception {
        db.tamper("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome)"
                + " values (gen_random_uuid(), now() - interval '3 days', 'staff-1', 'report.read', 'report', 'backdated', 'case-review', 'ok')");

        VerifyResult r = db.verify(app);
        assertProblem(r, Problem.EVENT_UNCHAINED, null, 30);
    }

    @Test
    void eventSplicedIntoTheMiddleWithRecomputedHashesIsCaughtByTheSignedCheckpoints() throws Exception {
        // The strongest attacker without the signing key: inserts an event at seq 15 and rewrites
        // every later chain row with correct SHA-256 hashes. Only the signatures can tell.
        db.tamper("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome)"
                + " values (gen_random_uuid(), now() - interval '1 hour', 'staff-1', 'report.read', 'report', 'spliced', 'case-review', 'ok')");
        List<Long> order = new ArrayList<>();
        try (Connection c = db.owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select event_id from audit_chain order by seq")) {
            while (rs.next()) {
                order.add(rs.getLong(1));
            }
        }
        long spliced;
        try (Connection c = db.owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from audit_event where object_id = 'spliced'")) {
            rs.next();
            spliced = rs.getLong(1);
        }
        order.add(14, spliced);
        rewriteChain(order);

        VerifyResult r = db.verify(app);
        assertProblem(r, Problem.CHECKPOINT_MISMATCH, 11L, 10);
    }

    @Test
    void swappedChainRowsAreReportedAsOrderMismatchAtTheFirstOfThem() throws Exception {
        long a = db.eventAt(7);
        long b = db.eventAt(13);
        db.tamper("update audit_chain set event_id = -1 where seq = 7",
                "update audit_chain set event_id = " + a + " where seq = 13",
                "update audit_chain set event_id = " + b + " where seq = 7");

        assertProblem(db.verify(app), Problem.ORDER_MISMATCH, 7L, 6);
    }

    @Test
    void swappedWholeChainRowsAreReportedAsOrderMismatch() throws Exception {
        db.tamper("update audit_chain set seq = 1000007 where seq = 7",
                "update audit_chain set seq = 7 where seq = 13",
                "update audit_chain set seq = 13 where seq = 1000007");

        assertProblem(db.verify(app), Problem.ORDER_MISMATCH, 7L, 6);
    }

    @Test
    void removedChainRowIsASequenceGap() throws Exception {
        db.tamper("delete from audit_chain where seq = 18");

        assertProblem(db.verify(app), Problem.SEQUENCE_GAP, 18L, 17);
    }

    @Test
    void cutOfTheLastEventsIsSeenOnlyThroughTheExportedCheckpoint() throws Exception {
        db.tamper("delete from audit_event where id in (select event_id from audit_chain where seq > 25)",
                "delete from audit_chain where seq > 25",
                "delete from audit_checkpoint where seq > 25");

        VerifyResult dbOnly = db.verify(app, List.of());
        assertTrue(dbOnly.intact(), "the database alone cannot show a clean cut: " + dbOnly);
        assertEquals(25, dbOnly.verifiedThrough());
        assertProblem(db.verify(app), Problem.TRUNCATED, 26L, 25);
    }

    @Test
    void replacedCheckpointSignatureIsABadSignature() throws Exception {
        // A valid signature, but of checkpoint 10: it does not sign checkpoint 20's statement.
        db.tamper("update audit_checkpoint set signature = (select signature from audit_checkpoint where seq = 10) where seq = 20");

        assertProblem(db.verify(app), Problem.BAD_SIGNATURE, 20L, 19);
    }

    @Test
    void reanchorAfterARestoreMakesTheChainVerifyAgainAndStaysOnRecord() throws Exception {
        // A point-in-time restore looks exactly like a cut.
        db.tamper("delete from audit_event where id in (select event_id from audit_chain where seq > 25)",
                "delete from audit_chain where seq > 25",
                "delete from audit_checkpoint where seq > 25");
        assertProblem(db.verify(app), Problem.TRUNCATED, 26L, 25);
        AuditChainer chainer = db.chainer(app, 10);

        Checkpoint reanchor = chainer.reanchor("CHG-2026-117");
        db.insertEvents(12, "after");
        chainer.run();

        assertEquals(25, reanchor.seq());
        VerifyResult r = db.verify(app);
        assertTrue(r.intact(), r::toString);
        assertEquals(38, r.verifiedThrough());
        assertTrue(r.detail().contains("re-anchor"), r.detail());
        List<Checkpoint> exported = db.exporter.exported();
        assertTrue(exported.stream().anyMatch(c -> c.seq() == 30 && c.kind() == Checkpoint.Kind.CHECKPOINT),
                "the voided checkpoint stays in the exported log");
        try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from audit_event e join audit_chain ch on ch.event_id = e.id"
                        + " where e.action = 'audit.reanchored' and e.purpose = 'CHG-2026-117'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the re-anchor is itself a chained event");
        }
    }

    @Test
    void verifierAnswersTheSameUnderAnotherTimeZoneAndDateStyle() throws Exception {
        // PgJDBC sends its own TimeZone at start-up and refuses a DateStyle not beginning with ISO,
        // so the session is changed after connecting; the input order and interval style change too.
        DataSource odd = db.appDataSource(null, "set timezone = 'Pacific/Chatham'", "set datestyle = 'ISO, DMY'",
                "set intervalstyle = 'sql_standard'");
        // Events and a checkpoint written from the odd session too.
        try (Connection c = odd.getConnection(); Statement s = c.createStatement()) {
            db.insertEvent(c, java.time.Instant.now(), "staff-2", "odd", null);
            try (ResultSet rs = s.executeQuery("show timezone")) {
                rs.next();
                assertEquals("Pacific/Chatham", rs.getString(1));
            }
        }
        new AuditChainer(odd, signer, db.exporter, new AuditChainer.Settings(10, 1000, java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(5), 1, java.time.Duration.ofHours(1)), java.time.Clock.systemUTC()).run();

        VerifyResult plain = db.verify(app);
        VerifyResult other = db.verify(odd);
        assertTrue(plain.intact(), plain::toString);
        assertEquals(31, plain.verifiedThrough());
        assertEquals(plain, other);

        db.tamper("update audit_event set actor = 'someone-else' where id = " + db.eventAt(9));
        VerifyResult plainBad = db.verify(app);
        assertProblem(plainBad, Problem.EVENT_MODIFIED, 9L, 8);
        assertEquals(plainBad, db.verify(odd));
    }

    /** Deletes every chain row and writes {@code order} as the chain, with correct hashes. */
    private void rewriteChain(List<Long> order) throws Exception {
        db.tamper("delete from audit_chain");
        try (Connection c = db.owner()) {
            byte[] prev = EventEncoding.genesis();
            long seq = 0;
            for (long id : order) {
                EventRecord e;
                try (PreparedStatement ps = c.prepareStatement("select " + EventRecord.SELECT_COLUMNS + " from audit_event e where e.id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        e = EventRecord.read(rs, 1);
                    }
                }
                prev = EventEncoding.chainHash(prev, e);
                try (PreparedStatement ps = c.prepareStatement("insert into audit_chain (seq, event_id, hash, chained_at) values (?, ?, ?, now())")) {
                    ps.setLong(1, ++seq);
                    ps.setLong(2, id);
                    ps.setBytes(3, prev);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void assertProblem(VerifyResult r, Problem problem, Long firstBadSeq, long verifiedThrough) {
        assertFalse(r.intact(), r::toString);
        assertEquals(problem, r.problem(), r::toString);
        if (firstBadSeq == null) {
            assertNull(r.firstBadSeq(), r::toString);
        } else {
            assertEquals(firstBadSeq, r.firstBadSeq(), r::toString);
        }
        assertEquals(verifiedThrough, r.verifiedThrough(), r::toString);
    }
}
