package org.sealedintake.audit;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.sealedintake.crypto.AuditSigner;

/**
 * Appends committed, not yet chained events to {@code audit_chain} and signs checkpoints. Runs
 * outside the business transactions, one holder at a time across every replica: each run takes
 * {@code pg_try_advisory_xact_lock(CHAIN_LOCK)} and gives up when another process holds it.
 *
 * <p>Unchained events are found by an anti-join (events without a chain row), never by "id greater
 * than the last chained": ids are handed out at insert, commits happen in another order, and an
 * event committed late has a smaller id than events chained before it. The anti-join normally
 * looks at ids above {@code max(chained id) - lookbackIds}; every {@code fullSweepInterval} it looks
 * at the events of the last {@code fullSweepHorizon}, so a transaction that stayed open longer than the
 * look-back is still chained. A process also looks at every event once, a slice of {@code wholeLogSliceIds}
 * ids per run beside the run's normal work, so the log's size bounds neither a run nor the chain's lag (D39). While
 * no one else appended since its last commit, it knows which ids of that window are chained
 * ({@link RecentChainedIds}) and asks only for the ids above them and the gaps between them (D29).
 *
 * <p>It signs only what it has checked (threat T5 against a database writer, who can take the
 * advisory lock too): every event it chains must carry a valid seal ({@link AuditLog}), and before
 * it signs a checkpoint it recomputes the chain from the last signed checkpoint over the events; a
 * head that does not follow is an {@link AuditChainAlarm}, never a checkpoint.
 *
 * <p>Plain JDBC over a given {@link DataSource}: the service runs it on its datasource, tests run it
 * on scratch databases.
 */
public class AuditChainer {
    /** Advisory lock key of the chain head ("sealed audit"); the same in every replica. */
    public static final long CHAIN_LOCK = ChainRows.CHAIN_LOCK;

    static final String UNCHAINED = "select " + EventRecord.SELECT_COLUMNS + ", e.seal"
            + " from audit_event e where e.id > ? and not exists (select 1 from audit_chain c where c.event_id = e.id)"
            + " order by e.id limit ?";
    /** A normal run's query while {@link RecentChainedIds} follows the head: the new ids and the window's gaps only. */
    static final String UNCHAINED_AMONG = "select " + EventRecord.SELECT_COLUMNS + ", e.seal"
            + " from audit_event e where (e.id > ? or e.id = any(?))"
            + " and not exists (select 1 from audit_chain c where c.event_id = e.id)"
            + " order by e.id limit ?";
    /**
     * One slice of a whole-log sweep: the ids in {@code (from, to]}. The range is given on both sides so that each
     * index is read over the slice only ({@link ChainRows#mergeBoundedRanges}).
     */
    static final String UNCHAINED_SLICE = "select " + EventRecord.SELECT_COLUMNS + ", e.seal"
            + " from audit_event e where e.id > ? and e.id <= ?"
            + " and not exists (select 1 from audit_chain c where c.event_id = e.id and c.event_id > ? and c.event_id <= ?)"
            + " order by e.id limit ?";
    /** A periodic sweep's query: the events of the horizon, by the {@code occurred_at} index. */
    static final String UNCHAINED_SINCE = "select " + EventRecord.SELECT_COLUMNS + ", e.seal"
            + " from audit_event e where e.occurred_at > now() - make_interval(secs => ?)"
            + " and not exists (select 1 from audit_chain c where c.event_id = e.id)"
            + " order by e.id limit ?";
    static final String LAG = "select (extract(epoch from (now() - min(e.occurred_at))) * 1000)::bigint from audit_event e"
            + " where e.id > (select coalesce(max(event_id), 0) from audit_chain) - ?"
            + " and not exists (select 1 from audit_chain c where c.event_id = e.id)";

    private final DataSource dataSource;
    private final AuditSigner signer;
    private final CheckpointExporter exporter;
    private final Settings settings;
    private final Clock clock;
    private Instant nextFullSweep = Instant.MIN;
    /** How far this process's whole-log sweep has looked: every id at or below it ({@link #WHOLE_LOG_SWEPT} once done). */
    private long wholeLogSweptThrough;
    private static final long WHOLE_LOG_SWEPT = Long.MAX_VALUE;
    private final RecentChainedIds recent = new RecentChainedIds();
    private long lastExportedSeq = -1;
    private volatile int exportFailuresInRow;
    private volatile Instant lastLockedRun;
    /**
     * The hashes this process appended (and committed) since its last checkpoint, by seq: a row whose
     * recomputed hash equals the one remembered here holds the very event whose seal was checked when
     * it was chained, so the checkpoint does not verify that seal a second time. Rows not remembered
     * (another replica's, or from before a restart) and rows that recompute differently are verified.
     */
    private final java.util.NavigableMap<Long, byte[]> appendedSinceCheckpoint = new java.util.TreeMap<>();

    /** How the chainer works; see {@link AuditConfig.Chainer} and {@link AuditConfig.Checkpoint}. */
    public record Settings(int batchSize, long lookbackIds, Duration fullSweepInterval, Duration maxRunTime,
            long checkpointEveryEvents, Duration checkpointMaxInterval, Duration fullSweepHorizon, long wholeLogSliceIds) {
        /** The default slice of the whole-log sweep ({@link AuditConfig.Chainer#wholeLogSliceIds}). */
        public static final long DEFAULT_WHOLE_LOG_SLICE_IDS = 20_000;

        public Settings {
            if (wholeLogSliceIds < 1) {
                throw new IllegalArgumentException("wholeLogSliceIds must be at least 1");
            }
        }

        /** With the default horizon of the periodic sweep ({@link AuditConfig.Chainer#fullSweepHorizon}) and slice. */
        public Settings(int batchSize, long lookbackIds, Duration fullSweepInterval, Duration maxRunTime,
                long checkpointEveryEvents, Duration checkpointMaxInterval) {
            this(batchSize, lookbackIds, fullSweepInterval, maxRunTime, checkpointEveryEvents, checkpointMaxInterval,
                    Duration.ofMinutes(5), DEFAULT_WHOLE_LOG_SLICE_IDS);
        }
    }

    /** What one run did. */
    public record RunResult(boolean lockHeld, int chained, long headSeq, Optional<Checkpoint> checkpoint) {
    }

    public AuditChainer(DataSource dataSource, AuditSigner signer, CheckpointExporter exporter, Settings settings, Clock clock) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.exporter = exporter;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Chains everything committed so far (in batches, each its own short transaction, for at most
     * {@code maxRunTime}) and writes a checkpoint when one is due. While a whole-log sweep is under way,
     * the run then looks at its next slice.
     */
    public synchronized RunResult run() throws SQLException {
        Instant started = clock.instant();
        Scope scope = started.isBefore(nextFullSweep) ? Scope.RECENT_IDS : Scope.HORIZON;
        Run run = new Run();
        if (!batches(run, scope, started).lockHeld) {
            return run.result(false);
        }
        if (scope == Scope.HORIZON) {
            nextFullSweep = started.plus(settings.fullSweepInterval());
        }
        if (wholeLogSweptThrough != WHOLE_LOG_SWEPT) {
            Batch last = batches(run, Scope.WHOLE_LOG_SLICE, started);
            if (!last.lockHeld) {
                return run.result(false);
            }
            // A full batch may leave more of the slice unchained: the next run looks at the same slice again.
            if (last.chained < settings.batchSize()) {
                wholeLogSweptThrough += settings.wholeLogSliceIds();
                if (wholeLogSweptThrough >= last.maxChained) {
                    wholeLogSweptThrough = WHOLE_LOG_SWEPT;
                }
            }
        }
        return run.result(true);
    }

    /** Batches of one scope until one is not full or the run's time is up; returns the last (not held: another process has the lock). */
    private Batch batches(Run run, Scope scope, Instant started) throws SQLException {
        while (true) {
            Batch b = runBatch(scope);
            if (!b.lockHeld) {
                return b;
            }
            run.add(b);
            if (b.chained < settings.batchSize()
                    || Duration.between(started, clock.instant()).compareTo(settings.maxRunTime()) > 0) {
                return b;
            }
        }
    }

    /** What one run's batches did so far. */
    private final class Run {
        private int chained;
        private long headSeq;
        private Optional<Checkpoint> checkpoint = Optional.empty();

        void add(Batch b) throws SQLException {
            chained += b.chained;
            headSeq = b.headSeq;
            if (b.checkpoint.isPresent()) {
                checkpoint = b.checkpoint;
                exportPending();
            }
        }

        RunResult result(boolean lockHeld) {
            return new RunResult(lockHeld, chained, headSeq, checkpoint);
        }
    }

    /** Makes this process look at every event again, a slice per run, from the lowest id up. */
    public synchronized void requestFullSweep() {
        nextFullSweep = Instant.MIN;
        wholeLogSweptThrough = 0;
    }

    /**
     * What a batch looks at: the recent ids (most runs); on a process's first run and every
     * {@code fullSweepInterval}, the events of the last {@code fullSweepHorizon}; and after them, while this
     * process has not yet looked at every event, the next slice of ids. One query over the whole log would
     * read more every day the log grows (94 ms at 175,000 events, D29; 211-257 ms at 422,660, D39), under
     * the chain lock for all of that time.
     */
    enum Scope {
        RECENT_IDS, HORIZON, WHOLE_LOG_SLICE
    }

    private record Batch(boolean lockHeld, int chained, long headSeq, long maxChained, Optional<Checkpoint> checkpoint) {
    }

    private Batch runBatch(Scope scope) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!ChainRows.tryLock(c)) {
                    c.rollback();
                    return new Batch(false, 0, 0, 0, Optional.empty());
                }
                lastLockedRun = clock.instant();
                ChainRows.preferIndexProbes(c);
                exportPendingLocked(c);
                ChainRows.Head head = ChainRows.head(c);
                long maxChained = ChainRows.maxChainedEventId(c);
                long from = scope == Scope.RECENT_IDS ? Math.max(0, maxChained - settings.lookbackIds()) : 0;
                // A normal batch makes the set follow the head (loading it if need be); a sweep only keeps it following.
                boolean followed = scope == Scope.RECENT_IDS || recent.follows(head.seq());
                List<EventRecord> events = switch (scope) {
                    case WHOLE_LOG_SLICE -> unchainedSlice(c, wholeLogSweptThrough, wholeLogSweptThrough + settings.wholeLogSliceIds());
                    case HORIZON -> unchainedSince(c, settings.fullSweepHorizon());
                    case RECENT_IDS -> recentUnchained(c, head.seq(), from, maxChained);
                };
                byte[] prev = head.hash();
                long seq = head.seq();
                java.util.Map<Long, byte[]> appended = new java.util.HashMap<>();
                if (!events.isEmpty()) {
                    try (PreparedStatement ins = c.prepareStatement(
                            "insert into audit_chain (seq, event_id, hash, chained_at) values (?, ?, ?, now())")) {
                        for (EventRecord e : events) {
                            seq++;
                            prev = EventEncoding.chainHash(prev, e);
                            appended.put(seq, prev);
                            ins.setLong(1, seq);
                            ins.setLong(2, e.id());
                            ins.setBytes(3, prev);
                            ins.addBatch();
                        }
                        ins.executeBatch();
                    }
                }
                Optional<Checkpoint> cp = checkpointIfDue(c, seq, prev);
                recent.forget();
                c.commit();
                if (followed) {
                    recent.appended(events.stream().map(EventRecord::id).toList(), seq);
                }
                remember(appended, cp);
                return new Batch(true, events.size(), seq, maxChained, cp);
            } catch (SQLException | RuntimeException e) {
                recent.forget();
                c.rollback();
                throw e;
            }
        }
    }

    private void remember(java.util.Map<Long, byte[]> appended, Optional<Checkpoint> cp) {
        if (cp.isPresent()) {
            appendedSinceCheckpoint.headMap(cp.get().seq(), true).clear();
            return;
        }
        appendedSinceCheckpoint.putAll(appended);
        // Bounded: the oldest entries go first, and their rows are simply verified in full.
        while (appendedSinceCheckpoint.size() > Math.max(1_000, 2 * settings.checkpointEveryEvents())) {
            appendedSinceCheckpoint.pollFirstEntry();
        }
    }

    /**
     * After a point-in-time restore: signs and exports a {@link Checkpoint.Kind#REANCHOR} at the
     * restored head, which voids the exported checkpoints beyond it, and records the re-anchor as an
     * audit event (chained like any other). Loud by design: the exported log keeps the voided
     * checkpoints and the re-anchor next to each other (docs/audit.md).
     *
     * @param reference the restore's change or incident reference (no personal data; at most 200 characters)
     */
    public synchronized Checkpoint reanchor(String reference) throws SQLException, IOException {
        Checkpoint cp;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!ChainRows.tryLock(c)) {
                    throw new IllegalStateException("the chain lock is held by another process; retry");
                }
                ChainRows.Head head = ChainRows.head(c);
                long micros = Checkpoint.micros(clock.instant());
                AuditSigner.Signature sig = signer.sign(Checkpoint.message(Checkpoint.Kind.REANCHOR, head.seq(), head.hash(), micros));
                cp = new Checkpoint(Checkpoint.Kind.REANCHOR, head.seq(), head.hash(), micros, sig.keyId(), sig.bytes());
                try (PreparedStatement ps = c.prepareStatement("insert into audit_event (event_id, occurred_at, actor, action,"
                        + " object_type, object_id, purpose, outcome, seal) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    java.util.UUID eventId = java.util.UUID.randomUUID();
                    String purpose = reference.length() > 200 ? reference.substring(0, 200) : reference;
                    ps.setObject(1, eventId);
                    ps.setBytes(9, AuditLog.seal(eventId, cp.createdAt(), AuditActions.OPERATOR, AuditActions.AUDIT_REANCHORED,
                            "audit_chain", Long.toString(head.seq()), purpose, AuditActions.OUTCOME_OK, signer));
                    ps.setObject(2, cp.createdAt().atOffset(java.time.ZoneOffset.UTC));
                    ps.setString(3, AuditActions.OPERATOR);
                    ps.setString(4, AuditActions.AUDIT_REANCHORED);
                    ps.setString(5, "audit_chain");
                    ps.setString(6, Long.toString(head.seq()));
                    ps.setString(7, purpose);
                    ps.setString(8, AuditActions.OUTCOME_OK);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        exporter.export(cp);
        lastExportedSeq = cp.seq();
        return cp;
    }

    /** Exports the newest stored checkpoint if this process has not exported it yet (a crash between commit and export). */
    public synchronized void exportPending() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (ChainRows.tryLock(c)) {
                    exportPendingLocked(c);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void exportPendingLocked(Connection c) throws SQLException {
        Optional<Checkpoint> newest = ChainRows.newestCheckpoint(c);
        if (newest.isEmpty()) {
            return;
        }
        try {
            if (lastExportedSeq < 0) {
                lastExportedSeq = ChainRows.exportedHead(exporter.exported());
            }
            if (newest.get().seq() > lastExportedSeq) {
                exporter.export(newest.get());
                lastExportedSeq = newest.get().seq();
            }
            exportFailuresInRow = 0;
        } catch (IOException e) {
            exportFailuresInRow++;
            // The checkpoint stays in the database; the next run tries again.
            Log.warnf("Audit checkpoint %d could not be exported (%s); retrying on the next run",
                    newest.get().seq(), e.getClass().getSimpleName());
        }
    }

    private Optional<Checkpoint> checkpointIfDue(Connection c, long headSeq, byte[] headHash) throws SQLException {
        Optional<Checkpoint> last = ChainRows.newestCheckpoint(c);
        long lastSeq = last.map(Checkpoint::seq).orElse(0L);
        if (headSeq <= lastSeq) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean due = headSeq - lastSeq >= settings.checkpointEveryEvents()
                || last.isEmpty()
                || Duration.between(last.get().createdAt(), now).compareTo(settings.checkpointMaxInterval()) >= 0;
        if (!due) {
            return Optional.empty();
        }
        recomputeSince(c, last, headSeq, headHash);
        long micros = Checkpoint.micros(now);
        byte[] message = Checkpoint.message(Checkpoint.Kind.CHECKPOINT, headSeq, headHash, micros);
        AuditSigner.Signature sig = signer.sign(message);
        Checkpoint cp = new Checkpoint(Checkpoint.Kind.CHECKPOINT, headSeq, headHash, micros, sig.keyId(), sig.bytes());
        ChainRows.insertCheckpoint(c, cp);
        return Optional.of(cp);
    }

    /**
     * Recomputes the chain from the last signed checkpoint (or genesis) to the head about to be
     * signed: the checkpoint's signature, its head against the stored row, then every later row
     * against its event (seal and hash). Runs under the chain lock, in the transaction that signs.
     */
    private void recomputeSince(Connection c, Optional<Checkpoint> last, long headSeq, byte[] headHash) throws SQLException {
        long seq = 0;
        byte[] prev = EventEncoding.genesis();
        if (last.isPresent()) {
            Checkpoint cp = last.get();
            if (!signer.verify(cp.signedMessage(), cp.signature())) {
                throw new AuditChainAlarm(AuditChainAlarm.Kind.CHECKPOINT_SIGNATURE_INVALID,
                        "the stored checkpoint at seq " + cp.seq() + " has an invalid signature");
            }
            seq = cp.seq();
            prev = cp.headHash();
        }
        if (seq > 0) {
            try (PreparedStatement ps = c.prepareStatement("select hash from audit_chain where seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !Arrays.equals(rs.getBytes(1), prev)) {
                        throw notFollowing("the chain row at the last checkpoint's seq " + seq + " differs from the signed head");
                    }
                }
            }
        }
        long expected = seq + 1;
        try (PreparedStatement ps = c.prepareStatement("select c.seq, c.hash, c.event_id, e.id is not null, "
                + EventRecord.SELECT_COLUMNS + ", e.seal from audit_chain c left join audit_event e on e.id = c.event_id"
                + " where c.seq > ? order by c.seq")) {
            ps.setLong(1, seq);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long s = rs.getLong(1);
                    if (s != expected) {
                        throw notFollowing("seq " + expected + " is missing");
                    }
                    if (!rs.getBoolean(4)) {
                        throw notFollowing("chain row " + s + " points at event " + rs.getLong(3) + ", which is gone");
                    }
                    EventRecord e = EventRecord.read(rs, 5);
                    prev = EventEncoding.chainHash(prev, e);
                    if (!Arrays.equals(prev, appendedSinceCheckpoint.get(s))
                            && !signer.verify(EventEncoding.sealMessage(e), rs.getBytes(14))) {
                        throw new AuditChainAlarm(AuditChainAlarm.Kind.EVENT_SEAL_INVALID,
                                "event " + e.id() + " at seq " + s + " has no valid seal");
                    }
                    if (!Arrays.equals(prev, rs.getBytes(2))) {
                        throw notFollowing("chain row " + s + " does not recompute from its event");
                    }
                    expected++;
                }
            }
        }
        if (expected - 1 != headSeq || !Arrays.equals(prev, headHash)) {
            throw notFollowing("the head at seq " + headSeq + " does not follow from the events since the last checkpoint");
        }
    }

    private static AuditChainAlarm notFollowing(String detail) {
        return new AuditChainAlarm(AuditChainAlarm.Kind.HEAD_DOES_NOT_FOLLOW, detail);
    }

    private List<EventRecord> unchained(Connection c, long fromExclusive) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNCHAINED)) {
            ps.setLong(1, fromExclusive);
            ps.setInt(2, settings.batchSize());
            return checkedEvents(ps);
        }
    }

    /**
     * A normal batch's events: the new ids and the window's gaps when the chained ids of the window are known
     * (loaded first when another process moved the head), else the whole window.
     */
    private List<EventRecord> recentUnchained(Connection c, long headSeq, long from, long maxChained) throws SQLException {
        boolean readWindow = !recent.follows(headSeq);
        if (readWindow) {
            recent.load(c, from, headSeq);
        }
        long[] gaps = recent.gaps(from, maxChained);
        return gaps == null ? unchained(c, from) : unchainedAmong(c, maxChained, gaps);
    }

    /** The unchained events above {@code maxChained} or among {@code gaps}: what the window query finds, without probing every id of the window. */
    private List<EventRecord> unchainedAmong(Connection c, long maxChained, long[] gaps) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNCHAINED_AMONG)) {
            ps.setLong(1, maxChained);
            ps.setArray(2, c.createArrayOf("bigint", Arrays.stream(gaps).boxed().toArray()));
            ps.setInt(3, settings.batchSize());
            return checkedEvents(ps);
        }
    }

    /** The unchained events with ids in {@code (fromExclusive, toInclusive]}: one slice of a whole-log sweep. */
    private List<EventRecord> unchainedSlice(Connection c, long fromExclusive, long toInclusive) throws SQLException {
        ChainRows.mergeBoundedRanges(c, true);
        List<EventRecord> events;
        try (PreparedStatement ps = c.prepareStatement(UNCHAINED_SLICE)) {
            ps.setLong(1, fromExclusive);
            ps.setLong(2, toInclusive);
            ps.setLong(3, fromExclusive);
            ps.setLong(4, toInclusive);
            ps.setInt(5, settings.batchSize());
            events = checkedEvents(ps);
        }
        // Not in a finally: after a failure the transaction is rolled back, and the settings with it.
        ChainRows.mergeBoundedRanges(c, false);
        return events;
    }

    /** The unchained events that occurred within {@code horizon} of the database's clock (a periodic sweep). */
    private List<EventRecord> unchainedSince(Connection c, Duration horizon) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNCHAINED_SINCE)) {
            ps.setDouble(1, horizon.toMillis() / 1000.0);
            ps.setInt(2, settings.batchSize());
            return checkedEvents(ps);
        }
    }

    private List<EventRecord> checkedEvents(PreparedStatement ps) throws SQLException {
        List<EventRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EventRecord e = EventRecord.read(rs, 1);
                // Checked before it is hashed: an event edited or forged before chaining is an alarm, not a link.
                if (!signer.verifyEvent(EventEncoding.sealMessage(e), rs.getBytes(10))) {
                    throw new AuditChainAlarm(AuditChainAlarm.Kind.EVENT_SEAL_INVALID,
                            "unchained event " + e.id() + " has no valid seal");
                }
                out.add(e);
            }
        }
        return out;
    }

    /** Export attempts that failed since the last one that worked (0 when the target takes checkpoints). */
    public int exportFailuresInRow() {
        return exportFailuresInRow;
    }

    /** When this chainer last held the chain lock, or null when it never did. */
    public Instant lastLockedRun() {
        return lastLockedRun;
    }

    /**
     * How old the oldest committed, unchained event is (zero when none): the chain's lag, whoever
     * holds the lock. Looks at recent ids only, like a normal run.
     */
    public Duration lag() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ChainRows.preferIndexProbes(c);
                Duration lag = lag(c);
                c.commit();
                return lag;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Duration lag(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAG)) {
            ps.setLong(1, settings.lookbackIds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long ms = rs.getLong(1);
                return rs.wasNull() || ms < 0 ? Duration.ZERO : Duration.ofMillis(ms);
            }
        }
    }
}
