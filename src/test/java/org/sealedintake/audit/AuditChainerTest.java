package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.crypto.AuditSigner;

/** The chainer's edge cases, each on a database of its own. */
@QuarkusTest
class AuditChainerTest {
    @Inject
    AuditSigner signer;

    @Inject
    org.sealedintake.crypto.KeyRing keys;

    ScratchAuditDatabase db;
    DataSource app;

    @BeforeEach
    void scratch() throws Exception {
        db = ScratchAuditDatabase.create(signer);
        app = db.appDataSource(null);
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    private AuditChainer chainer(CheckpointExporter exporter, long lookbackIds) {
        return chainer(app, exporter, lookbackIds);
    }

    private AuditChainer chainer(DataSource ds, CheckpointExporter exporter, long lookbackIds) {
        return new AuditChainer(ds, signer, exporter, new AuditChainer.Settings(1000, lookbackIds, Duration.ofHours(1),
                Duration.ofSeconds(10), 10, Duration.ofHours(1)), Clock.systemUTC());
    }

    /** {@code ds}, counting into {@code sent} the statements prepared on its connections, by their text. */
    private static DataSource countingStatements(DataSource ds, Map<String, Integer> sent) {
        return (DataSource) Proxy.newProxyInstance(AuditChainerTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, m, args) -> {
                    Object out = forward(m, ds, args);
                    if (!(out instanceof Connection c)) {
                        return out;
                    }
                    return Proxy.newProxyInstance(AuditChainerTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (cp, cm, cargs) -> {
                                if (cm.getName().equals("prepareStatement") && cargs[0] instanceof String sql) {
                                    sent.merge(sql, 1, Integer::sum);
                                }
                                return forward(cm, c, cargs);
                            });
                });
    }

    private static Object forward(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void eventCommittedLaterThanTheLookBackIsChainedByTheFullSweep() throws Exception {
        AuditChainer chainer = chainer(db.exporter, 5);
        try (Connection late = app.getConnection()) {
            late.setAutoCommit(false);
            db.insertEvent(late, java.time.Instant.now(), "staff-1", "late", null);
            db.insertEvents(20, "early");
            chainer.run();
            late.commit();
        }
        chainer.run();
        assertEquals(1, count("select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_id = e.id)"),
                "a normal run looks back 5 ids only");

        chainer.requestFullSweep();
        chainer.run();

        assertEquals(21, count("select count(*) from audit_chain"));
        assertTrue(db.verify(app).intact());
    }

    @Test
    void aNormalRunAsksOnlyForNewIdsAndKnownGapsAndStillChainsALateCommit() throws Exception {
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        AuditChainer a = chainer(countingStatements(app, sent), db.exporter, 5000);
        db.insertEvents(10, "before");
        a.run(); // the first run of a process looks back over the horizon, then at the first slice of the whole log
        assertEquals(1, sent.getOrDefault(AuditChainer.UNCHAINED_SINCE, 0), "the first run looks back over the horizon");
        assertEquals(1, sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0), "and at the log's first slice, which holds all of it");
        assertEquals(0, sent.getOrDefault(AuditChainer.UNCHAINED, 0));
        assertEquals(0, sent.getOrDefault(AuditChainer.UNCHAINED_AMONG, 0));
        a.run(); // the first normal run learns which ids of the window are chained
        assertEquals(1, sent.getOrDefault(RecentChainedIds.LOAD, 0));
        assertEquals(1, sent.getOrDefault(AuditChainer.UNCHAINED_AMONG, 0), "then asks for the new ids and the gaps");
        try (Connection late = app.getConnection(); Connection undone = app.getConnection()) {
            late.setAutoCommit(false);
            undone.setAutoCommit(false);
            db.insertEvent(late, java.time.Instant.now(), "staff-1", "late", null);
            db.insertEvent(undone, java.time.Instant.now(), "staff-1", "rolled-back", null);
            db.insertEvents(20, "early");
            a.run();
            undone.rollback();
            late.commit();
        }
        db.insertEvents(5, "after");
        a.run();
        a.run();

        assertEquals(0, count("select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_id = e.id)"),
                "the late commit is chained by a normal run, from the gaps the chainer knows");
        assertEquals(1, sent.getOrDefault(RecentChainedIds.LOAD, 0), "runs that follow their own head read only the new ids and the gaps");
        assertEquals(0, sent.getOrDefault(AuditChainer.UNCHAINED, 0), "and never the whole window");
        assertEquals(1, sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0), "nor the log again, once it was swept");
        assertEquals(4, sent.getOrDefault(AuditChainer.UNCHAINED_AMONG, 0));

        AuditChainer b = chainer(db.exporter, 5000);
        db.insertEvents(3, "replica");
        b.run();
        db.insertEvents(3, "back");
        a.run();
        assertEquals(2, sent.getOrDefault(RecentChainedIds.LOAD, 0), "another replica moved the head: the window is read again");
        assertEquals(10 + 1 + 20 + 5 + 3 + 3, count("select count(*) from audit_chain"));
        assertTrue(db.verify(app).intact());
    }

    @Test
    void aProcessLooksAtTheWholeLogOneSliceARunWhileEachRunChainsTheNewEvents() throws Exception {
        AuditChainer earlier = chainer(db.exporter, 5);
        db.insertEvents(20, "first");
        earlier.run();
        try (Connection late = app.getConnection()) {
            late.setAutoCommit(false);
            db.insertEvent(late, java.time.Instant.now().minus(Duration.ofMinutes(20)), "staff-1", "old-late", null);
            db.insertEvents(20, "early");
            earlier.run();
            late.commit();
        }
        earlier.run();
        String unchained = "select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_id = e.id)";
        assertEquals(1, count(unchained), "outside the window and the horizon, the late commit waits for a whole-log sweep");
        long lateId = count("select id from audit_event where object_id = 'old-late'");

        // A new process: slices of 10 ids, a recent window of 5 ids, periodic sweeps an hour apart.
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        AuditChainer chainer = new AuditChainer(countingStatements(app, sent), signer, db.exporter, new AuditChainer.Settings(1000, 5,
                Duration.ofHours(1), Duration.ofSeconds(10), 10, Duration.ofHours(1), Duration.ofMinutes(5), 10), Clock.systemUTC());
        int runs = 0;
        long sweptThrough = 0;
        long newestChained = 0;
        while (runs < 30) {
            runs++;
            db.insertEvents(3, "new-" + runs);
            int slicesBefore = sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0);
            chainer.run();
            assertEquals(0, count(unchained + " and e.object_id like 'new-" + runs + "-%'"), "each run chains the new events");
            if (sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0) == slicesBefore) {
                break;
            }
            assertEquals(slicesBefore + 1, sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0), "one slice a run");
            sweptThrough += 10;
            assertEquals(sweptThrough >= lateId ? 0 : 1, count(unchained), "the late commit is chained by the slice that holds its id");
            newestChained = count("select max(event_id) from audit_chain");
        }
        assertEquals(0, count(unchained));
        long through = sweptThrough;
        long newest = newestChained;
        // The run before the last slice had chained up to 3 fewer ids (its new events) and its slice fell short of them.
        assertTrue(through >= newest && through - 10 < newest - 3,
                () -> "the sweep ends with the first slice that reaches the newest chained id: " + through + " / " + newest);
        int slices = sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0);
        chainer.run();
        assertEquals(slices, sent.getOrDefault(AuditChainer.UNCHAINED_SLICE, 0), "and no run looks at the whole log again");
        assertTrue(db.verify(app).intact());
    }

    @Test
    void aPeriodicSweepLooksBackOverItsHorizonAndOnlyAFirstOrRequestedSweepReadsTheWholeLog() throws Exception {
        // Every run is a sweep; the recent window is 5 ids.
        AuditChainer chainer = new AuditChainer(app, signer, db.exporter, new AuditChainer.Settings(1000, 5, Duration.ZERO,
                Duration.ofSeconds(10), 10, Duration.ofHours(1), Duration.ofMinutes(5),
                AuditChainer.Settings.DEFAULT_WHOLE_LOG_SLICE_IDS), Clock.systemUTC());
        db.insertEvents(3, "first");
        chainer.run();
        try (Connection old = app.getConnection(); Connection recent = app.getConnection()) {
            old.setAutoCommit(false);
            recent.setAutoCommit(false);
            db.insertEvent(old, java.time.Instant.now().minus(Duration.ofMinutes(20)), "staff-1", "old-late", null);
            db.insertEvent(recent, java.time.Instant.now(), "staff-1", "recent-late", null);
            db.insertEvents(20, "early");
            chainer.run();
            old.commit();
            recent.commit();
        }
        chainer.run();
        String unchained = "from audit_event e where not exists (select 1 from audit_chain c where c.event_id = e.id)";
        assertEquals(1, count("select count(*) " + unchained), "the sweep chains what occurred within its horizon");
        assertEquals(1, count("select count(*) " + unchained + " and e.object_id = 'old-late'"),
                "an event that occurred 20 minutes before it committed is outside a periodic sweep's horizon");

        chainer.requestFullSweep();
        chainer.run();
        assertEquals(0, count("select count(*) " + unchained));
        assertTrue(db.verify(app).intact());
    }

    @Test
    void twoChainersRacingOnOneDatabaseNeverFork() throws Exception {
        AuditChainer a = chainer(db.exporter, 100_000);
        AuditChainer b = chainer(db.exporter, 100_000);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> runs = new ArrayList<>();
        for (AuditChainer ch : List.of(a, b)) {
            runs.add(pool.submit(() -> {
                while (writing.get()) {
                    ch.run();
                }
                return null;
            }));
        }
        for (int i = 0; i < 20; i++) {
            db.insertEvents(25, "race" + i);
        }
        writing.set(false);
        for (Future<?> f : runs) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        a.run();

        assertEquals(500, count("select count(*) from audit_chain"));
        assertEquals(500, count("select max(seq) from audit_chain"));
        VerifyResult r = db.verify(app);
        assertTrue(r.intact(), r::toString);
        assertEquals(500, r.verifiedThrough());
    }

    @Test
    void checkpointWhoseExportFailedIsExportedOnALaterRun() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        CheckpointExporter flaky = new CheckpointExporter() {
            @Override
            public void export(Checkpoint checkpoint) throws IOException {
                if (down.get()) {
                    throw new IOException("witness unreachable");
                }
                db.exporter.export(checkpoint);
            }

            @Override
            public List<Checkpoint> exported() throws IOException {
                return db.exporter.exported();
            }
        };
        AuditChainer chainer = chainer(flaky, 100_000);
        db.insertEvents(10, "flaky");
        chainer.run();
        assertEquals(1, count("select count(*) from audit_checkpoint"));
        assertTrue(db.exporter.exported().isEmpty());

        down.set(false);
        chainer.run();

        List<Checkpoint> exported = db.exporter.exported();
        assertEquals(1, exported.size());
        assertEquals(10, exported.get(0).seq());
        assertTrue(signer.verify(exported.get(0).signedMessage(), exported.get(0).signature()));
        assertTrue(db.verify(app).intact());
    }

    @Test
    void sealsThisProcessMadeAreNotCheckedAgainButEditedEventsAndAnotherReplicasAreCheckedInFull() throws Exception {
        // A signer of its own: the service's chainer job shares the injected one and would move its counter.
        AuditSigner here = new AuditSigner(keys);
        AuditSigner otherReplica = new AuditSigner(keys);
        try (ScratchAuditDatabase mine = ScratchAuditDatabase.create(here)) {
            DataSource ds = mine.appDataSource(null);
            AuditChainer chainer = new AuditChainer(ds, here, mine.exporter, new AuditChainer.Settings(1000, 100_000,
                    Duration.ofHours(1), Duration.ofSeconds(10), 1000, Duration.ofHours(1)), Clock.systemUTC());
            mine.insertEvents(30, "own");
            chainer.run();
            assertEquals(30, countIn(mine, "select count(*) from audit_chain"));
            assertEquals(0, here.fullEventVerifications(), "seals made here are valid by construction");

            mine.sealedBy(otherReplica).insertEvents(5, "replica");
            chainer.run();
            assertEquals(35, countIn(mine, "select count(*) from audit_chain"));
            assertEquals(5, here.fullEventVerifications(), "another replica's seals are checked with the public key");

            mine.insertEvents(5, "edited");
            mine.tamper("update audit_event set actor = 'someone-else' where object_id = 'edited-2'");
            AuditChainAlarm alarm = assertThrows(AuditChainAlarm.class, chainer::run);
            assertEquals(AuditChainAlarm.Kind.EVENT_SEAL_INVALID, alarm.kind());
            assertEquals(35, countIn(mine, "select count(*) from audit_chain"), "the edited batch is not chained");
        }
    }

    private static long countIn(ScratchAuditDatabase d, String sql) throws Exception {
        try (Connection c = d.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void eventEditedBeforeChainingWhileTheLockIsHeldElsewhereIsFoundInsteadOfSigned() throws Exception {
        AuditChainer chainer = chainer(db.exporter, 100_000);
        db.insertEvents(10, "held");
        try (Connection holder = db.owner(); Statement s = holder.createStatement()) {
            // Any role may take the chainer's advisory lock: the writer holds it while editing.
            s.execute("select pg_advisory_lock(" + AuditChainer.CHAIN_LOCK + ")");
            assertFalse(chainer.run().lockHeld());
            db.tamper("update audit_event set actor = 'someone-else' where object_id = 'held-4'");
            s.execute("select pg_advisory_unlock(" + AuditChainer.CHAIN_LOCK + ")");
        }

        AuditChainAlarm alarm = assertThrows(AuditChainAlarm.class, chainer::run);

        assertEquals(AuditChainAlarm.Kind.EVENT_SEAL_INVALID, alarm.kind());
        assertEquals(0, count("select count(*) from audit_chain"), "nothing chained");
        assertEquals(0, count("select count(*) from audit_checkpoint"), "nothing signed");
        assertTrue(db.exporter.exported().isEmpty());
    }

    @Test
    void chainRowForgedByAWriterHoldingTheLockIsAnAlarmNeverACheckpoint() throws Exception {
        AuditChainer chainer = chainer(db.exporter, 100_000);
        db.insertEvents(10, "base");
        chainer.run();
        assertEquals(1, count("select count(*) from audit_checkpoint"));
        // As the runtime role: a genuine event, chained by the writer with a hash of their choosing.
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            db.insertEvent(c, java.time.Instant.now(), "staff-9", "forged-link", null);
            s.execute("insert into audit_chain (seq, event_id, hash, chained_at) select 11, id, sha256('forged'::bytea), now()"
                    + " from audit_event where object_id = 'forged-link'");
        }
        db.insertEvents(10, "after");

        AuditChainAlarm alarm = assertThrows(AuditChainAlarm.class, chainer::run);

        assertEquals(AuditChainAlarm.Kind.HEAD_DOES_NOT_FOLLOW, alarm.kind());
        assertEquals(1, count("select count(*) from audit_checkpoint"), "no checkpoint over the forged head");
        assertEquals(11, count("select count(*) from audit_chain"), "the batch on top of it was rolled back");
        assertEquals(1, db.exporter.exported().size());
    }

    @Test
    void eventRewrittenAfterChainingWithItsChainRecomputedIsCaughtByTheSameChainersNextCheckpoint() throws Exception {
        // The chainer skips re-verifying seals of rows it appended itself only while they recompute to
        // the hash it remembers; a writer who edits such an event and recomputes every hash after it
        // must still meet the seal check before anything is signed.
        AuditChainer chainer = chainer(db.exporter, 100_000);
        db.insertEvents(10, "signed");
        chainer.run();
        db.insertEvents(5, "pending");
        chainer.run();
        assertEquals(15, count("select count(*) from audit_chain"));
        assertEquals(1, count("select count(*) from audit_checkpoint"), "the 5 newest rows wait for the next checkpoint");
        db.tamper("update audit_event set actor = 'someone-else' where object_id = 'pending-2'");
        recomputeChainAfter(10);
        db.insertEvents(5, "more");

        AuditChainAlarm alarm = assertThrows(AuditChainAlarm.class, chainer::run);

        assertEquals(AuditChainAlarm.Kind.EVENT_SEAL_INVALID, alarm.kind());
        assertEquals(1, count("select count(*) from audit_checkpoint"), "nothing signed over the rewritten event");
    }

    /** As a database writer: recomputes every chain hash after {@code seq} from the events as they now are. */
    private void recomputeChainAfter(long seq) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = db.owner()) {
            byte[] prev;
            try (var ps = c.prepareStatement("select hash from audit_chain where seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    prev = rs.getBytes(1);
                }
            }
            try (var ps = c.prepareStatement("select c.seq, " + EventRecord.SELECT_COLUMNS
                    + " from audit_chain c join audit_event e on e.id = c.event_id where c.seq > ? order by c.seq")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        prev = EventEncoding.chainHash(prev, EventRecord.read(rs, 2));
                        rows.add(new Object[] {rs.getLong(1), prev});
                    }
                }
            }
        }
        db.tamper(rows.stream().map(row -> "update audit_chain set hash = '\\x" + java.util.HexFormat.of().formatHex((byte[]) row[1])
                + "' where seq = " + row[0]).toArray(String[]::new));
    }

    @Test
    void verifierReportsANewestCheckpointOlderThanTheLimitWithEventsAfterIt() throws Exception {
        AuditChainer chainer = chainer(db.exporter, 100_000);
        db.insertEvents(10, "ck");
        chainer.run();
        db.insertEvents(3, "tail");
        chainer.run();
        assertEquals(13, count("select count(*) from audit_chain"));
        assertEquals(1, count("select count(*) from audit_checkpoint"));

        try (Connection c = app.getConnection()) {
            ChainVerifier v = new ChainVerifier(signer);
            VerifyResult fresh = v.verify(c, db.exporter.exported(), java.time.Instant.now(), Duration.ofMinutes(5), Duration.ofMinutes(10));
            assertTrue(fresh.intact(), fresh::toString);
            VerifyResult later = v.verify(c, db.exporter.exported(), java.time.Instant.now().plus(Duration.ofMinutes(11)),
                    Duration.ofMinutes(5), Duration.ofMinutes(10));
            assertFalse(later.intact());
            assertEquals(VerifyResult.Problem.STALE_CHECKPOINT, later.problem());
            assertEquals(10, later.verifiedThrough());
        }
    }

    @Test
    void lagGrowsWhileAnotherConnectionHoldsTheChainLock() throws Exception {
        AuditChainer chainer = chainer(db.exporter, 100_000);
        try (Connection holder = db.owner(); Statement s = holder.createStatement()) {
            s.execute("select pg_advisory_lock(" + AuditChainer.CHAIN_LOCK + ")");
            try (Connection c = app.getConnection()) {
                db.insertEvent(c, java.time.Instant.now().minus(Duration.ofMinutes(3)), "staff-1", "stalled", null);
            }
            assertFalse(chainer.run().lockHeld());
            assertTrue(chainer.lag().compareTo(Duration.ofMinutes(2)) > 0, () -> "lag " + chainer.lastLockedRun());
            s.execute("select pg_advisory_unlock(" + AuditChainer.CHAIN_LOCK + ")");
        }
        chainer.run();
        assertEquals(Duration.ZERO, chainer.lag());
    }

    @Test
    void aNormalRunWalksTheRecentWindowByIndexHoweverLongTheLog() throws Exception {
        // A busy service's log: 60,000 events, all but the newest 100 chained.
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, outcome)"
                    + " select gen_random_uuid(), now(), 'a', 'b', 'c', 'd', 'ok' from generate_series(1, 60000)");
            s.execute("insert into audit_chain (seq, event_id, hash, chained_at) select id, id, sha256(id::text::bytea), now()"
                    + " from audit_event where id <= (select max(id) - 100 from audit_event)");
            s.execute("analyze audit_event");
            s.execute("analyze audit_chain");
        }
        long from = count("select max(event_id) from audit_chain") - 5000;
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            String unhinted = plan(c, AuditChainer.UNCHAINED, from, 1000);
            ChainRows.preferIndexProbes(c);
            String among = AuditChainer.UNCHAINED_AMONG.replace("any(?)", "any(array[" + (from + 1) + ", " + (from + 7) + "]::bigint[])");
            for (String plan : List.of(plan(c, AuditChainer.UNCHAINED, from, 1000), plan(c, AuditChainer.LAG, 5000),
                    plan(c, among, from + 5000, 1000), plan(c, AuditChainer.UNCHAINED_SINCE, 300, 1000),
                    slicePlan(c, 20_000, 40_000))) {
                // A sequential scan or a hash reads the whole log on every run, five times a second.
                assertFalse(plan.contains("Seq Scan") || plan.contains("Hash") || plan.contains("Gather"),
                        "whole-table plan for the recent window:\n" + plan + "\n(without the hints:\n" + unhinted + ")");
                assertTrue(plan.contains("Index"), plan);
            }
            c.rollback();
        }
    }

    @Test
    void aWholeLogSliceMergesTheTwoIndexesOverTheSliceOnly() throws Exception {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, outcome)"
                    + " select gen_random_uuid(), now(), 'a', 'b', 'c', 'd', 'ok' from generate_series(1, 60000)");
            s.execute("insert into audit_chain (seq, event_id, hash, chained_at) select id, id, sha256(id::text::bytea), now() from audit_event");
            s.execute("vacuum analyze audit_event");
            s.execute("vacuum analyze audit_chain");
        }
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            ChainRows.preferIndexProbes(c);
            String plan = slicePlan(c, 20_000, 40_000);
            assertTrue(plan.contains("Merge Anti Join"), plan);
            assertTrue(plan.contains("(id > '20000'::bigint) AND (id <= '40000'::bigint)")
                    && plan.contains("(event_id > '20000'::bigint) AND (event_id <= '40000'::bigint)"), () -> "each index read over the slice only:\n" + plan);
            String after = plan(c, "select c.seq, e.seal from audit_chain c left join audit_event e on e.id = c.event_id where c.seq > ? order by c.seq", 59_000);
            assertFalse(after.contains("Merge"), () -> "the merge is switched off after the slice's query:\n" + after);
            c.rollback();
        }
    }

    /** The slice query's plan, under the settings the chainer uses around it. */
    private static String slicePlan(Connection c, long from, long to) throws Exception {
        ChainRows.mergeBoundedRanges(c, true);
        String plan = plan(c, AuditChainer.UNCHAINED_SLICE, from, to, from, to, 1000);
        ChainRows.mergeBoundedRanges(c, false);
        return plan;
    }

    private static String plan(Connection c, String sql, long... params) throws Exception {
        try (java.sql.PreparedStatement ps = c.prepareStatement("explain " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            return out.toString();
        }
    }
}
