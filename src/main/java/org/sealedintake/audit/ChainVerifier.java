package org.sealedintake.audit;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sealedintake.audit.VerifyResult.Problem;
import org.sealedintake.crypto.AuditSigner;

/**
 * Recomputes the whole chain in one read-only REPEATABLE READ snapshot: every hash, seq contiguity,
 * chain rows pointing at missing events, events without a chain row (older than the grace period),
 * every checkpoint signature, and every exported checkpoint against the recomputed chain. Stops at
 * the first problem in seq order. Exported checkpoints are the anchor the database cannot change:
 * one beyond the head shows a cut ({@link Problem#TRUNCATED}), one with another hash a rewrite.
 *
 * <p>Reads times as epoch microseconds computed by PostgreSQL and never parses text forms, so the
 * session's TimeZone and DateStyle do not change the answer.
 */
public class ChainVerifier {
    /** Rows per round trip; about 2 MB of rows in memory at a time. */
    private static final int FETCH = 10_000;
    private static final int LOOKAHEAD = 100_000;
    static final String CHAIN = "select c.seq, c.hash, c.event_id, e.id is not null, " + EventRecord.SELECT_COLUMNS
            + " from audit_chain c left join audit_event e on e.id = c.event_id";

    private final AuditSigner signer;

    public ChainVerifier(AuditSigner signer) {
        this.signer = signer;
    }

    /** As {@link #verify(Connection, List, Instant, Duration, Duration)} without a staleness limit. */
    public VerifyResult verify(Connection c, List<Checkpoint> exported, Instant now, Duration grace) throws SQLException {
        return verify(c, exported, now, grace, null);
    }

    /** {@code maxCheckpointAge}: report {@link Problem#STALE_CHECKPOINT} past it; null for no limit. */
    public VerifyResult verify(Connection c, List<Checkpoint> exported, Instant now, Duration grace, Duration maxCheckpointAge)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        boolean readOnly = c.isReadOnly();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            VerifyResult r = verifyInSnapshot(c, exported, now, grace, maxCheckpointAge);
            c.rollback();
            return r;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setReadOnly(readOnly);
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private VerifyResult verifyInSnapshot(Connection c, List<Checkpoint> exportedLog, Instant now, Duration grace,
            Duration maxCheckpointAge) throws SQLException {
        Map<Long, List<Checkpoint>> anchors = new HashMap<>();
        int reanchors = effectiveExported(exportedLog, anchors);
        Map<Long, Checkpoint> stored = storedCheckpoints(c);
        long expected = 1;
        byte[] prev = EventEncoding.genesis();
        long lastAnchored = 0;
        MessageDigest sha = EventEncoding.sha256();
        try (PreparedStatement ps = c.prepareStatement(CHAIN + " order by c.seq")) {
            ps.setFetchSize(FETCH);
            binaryRows(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    byte[] storedHash = rs.getBytes(2);
                    long eventId = rs.getLong(3);
                    if (seq != expected) {
                        return VerifyResult.bad(expected - 1, expected, Problem.SEQUENCE_GAP,
                                "seq " + expected + " is missing; the next chain row has seq " + seq + ".");
                    }
                    if (!rs.getBoolean(4)) {
                        return VerifyResult.bad(seq - 1, seq, Problem.EVENT_MISSING,
                                "chain row " + seq + " points at event " + eventId + ", which no longer exists.");
                    }
                    byte[] h = EventEncoding.chainHash(sha, prev, EventRecord.read(rs, 5));
                    if (!Arrays.equals(h, storedHash)) {
                        boolean moved = movedElsewhere(c, seq, prev, storedHash);
                        return VerifyResult.bad(seq - 1, seq, moved ? Problem.ORDER_MISMATCH : Problem.EVENT_MODIFIED,
                                moved ? "chain row " + seq + " holds an event hashed at another position."
                                        : "event " + eventId + " at seq " + seq + " does not match its hash.");
                    }
                    List<Checkpoint> exportedHere = anchors.get(seq);
                    Checkpoint db = stored.get(seq);
                    // Most rows have no checkpoint: no list is made for them.
                    List<Checkpoint> here = exportedHere == null && db == null ? List.of() : new ArrayList<>();
                    if (exportedHere != null) {
                        here.addAll(exportedHere);
                    }
                    if (db != null) {
                        here.add(db);
                    }
                    for (Checkpoint cp : here) {
                        if (!signer.verify(cp.signedMessage(), cp.signature())) {
                            return VerifyResult.bad(seq - 1, seq, Problem.BAD_SIGNATURE,
                                    "the " + (cp == db ? "stored" : "exported") + " checkpoint at seq " + seq + " has an invalid signature.");
                        }
                        if (!cp.sameHead(h)) {
                            return VerifyResult.bad(lastAnchored, lastAnchored + 1, Problem.CHECKPOINT_MISMATCH,
                                    "the chain recomputed up to seq " + seq + " differs from the signed "
                                            + (cp == db ? "stored" : "exported") + " checkpoint there; the change lies after seq "
                                            + lastAnchored + ".");
                        }
                    }
                    if (!here.isEmpty()) {
                        lastAnchored = seq;
                    }
                    prev = h;
                    expected++;
                }
            }
        }
        long head = expected - 1;
        VerifyResult cut = beyondHead(head, anchors, stored);
        if (cut != null) {
            return cut;
        }
        Long unchained = oldestUnchained(c, now.minus(grace));
        if (unchained != null) {
            return VerifyResult.bad(head, null, Problem.EVENT_UNCHAINED,
                    "event " + unchained + " is older than the grace period and has no chain row.");
        }
        if (maxCheckpointAge != null) {
            VerifyResult stale = stale(c, head, lastAnchored, anchors, stored, now, maxCheckpointAge);
            if (stale != null) {
                return stale;
            }
        }
        return VerifyResult.ok(head, reanchors == 0 ? "intact through seq " + head + "."
                : "intact through seq " + head + "; " + reanchors + " re-anchor(s) after a restore in the exported log.");
    }

    /**
     * Asks PostgreSQL's driver for binary rows (a server-side prepared statement from the first
     * execution): ids, hashes and UUIDs arrive as bytes instead of text to parse. Same values; a
     * driver or pool wrapper that does not offer it leaves the statement as it is.
     */
    static void binaryRows(PreparedStatement ps) throws SQLException {
        if (ps.isWrapperFor(org.postgresql.PGStatement.class)) {
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
        }
    }

    /** STALE_CHECKPOINT when the chain runs past a newest checkpoint older than {@code maxAge} (or has none at all for that long). */
    private static VerifyResult stale(Connection c, long head, long lastAnchored, Map<Long, List<Checkpoint>> anchors,
            Map<Long, Checkpoint> stored, Instant now, Duration maxAge) throws SQLException {
        Checkpoint newest = null;
        for (List<Checkpoint> l : anchors.values()) {
            for (Checkpoint cp : l) {
                newest = newer(newest, cp);
            }
        }
        for (Checkpoint cp : stored.values()) {
            newest = newer(newest, cp);
        }
        long newestSeq = newest == null ? 0 : newest.seq();
        if (head <= newestSeq) {
            return null;
        }
        Instant since;
        if (newest != null) {
            since = newest.createdAt();
        } else {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select (extract(epoch from min(chained_at)) * 1000000)::bigint from audit_chain")) {
                rs.next();
                since = Instant.EPOCH.plus(rs.getLong(1), java.time.temporal.ChronoUnit.MICROS);
            }
        }
        if (Duration.between(since, now).compareTo(maxAge) <= 0) {
            return null;
        }
        return VerifyResult.bad(lastAnchored, newestSeq + 1, Problem.STALE_CHECKPOINT,
                "the chain runs to seq " + head + " but the newest signed checkpoint (seq " + newestSeq + ") is older than "
                        + maxAge + "; the events after it are not vouched for by any signature.");
    }

    private static Checkpoint newer(Checkpoint a, Checkpoint b) {
        return a == null || b.seq() > a.seq() || (b.seq() == a.seq() && b.createdAtMicros() > a.createdAtMicros()) ? b : a;
    }

    /** Applies re-anchors: a REANCHOR at seq s voids the checkpoints exported before it beyond s. */
    private static int effectiveExported(List<Checkpoint> log, Map<Long, List<Checkpoint>> out) {
        int reanchors = 0;
        for (Checkpoint cp : log) {
            if (cp.kind() == Checkpoint.Kind.REANCHOR) {
                reanchors++;
                out.keySet().removeIf(s -> s > cp.seq());
            }
            out.computeIfAbsent(cp.seq(), s -> new ArrayList<>()).add(cp);
        }
        return reanchors;
    }

    private VerifyResult beyondHead(long head, Map<Long, List<Checkpoint>> anchors, Map<Long, Checkpoint> stored) {
        List<Checkpoint> beyond = new ArrayList<>();
        anchors.forEach((s, l) -> {
            if (s > head) {
                beyond.addAll(l);
            }
        });
        stored.forEach((s, cp) -> {
            if (s > head) {
                beyond.add(cp);
            }
        });
        beyond.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        for (Checkpoint cp : beyond) {
            if (!signer.verify(cp.signedMessage(), cp.signature())) {
                return VerifyResult.bad(head, cp.seq(), Problem.BAD_SIGNATURE,
                        "a checkpoint at seq " + cp.seq() + " beyond the head has an invalid signature.");
            }
        }
        if (!beyond.isEmpty()) {
            long far = beyond.get(beyond.size() - 1).seq();
            return VerifyResult.bad(head, head + 1, Problem.TRUNCATED,
                    "a signed checkpoint vouches for seq " + far + " but the chain ends at seq " + head + ".");
        }
        return null;
    }

    /**
     * True when the event that belongs at {@code seq} (the one whose hash over {@code prev} is the
     * stored one, or is stored with it) sits in a later row: rows were swapped or moved.
     */
    private static boolean movedElsewhere(Connection c, long seq, byte[] prev, byte[] storedAtSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CHAIN + " where c.seq > ? and e.id is not null order by c.seq limit ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, LOOKAHEAD);
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] h = EventEncoding.chainHash(prev, EventRecord.read(rs, 5));
                    if (Arrays.equals(h, storedAtSeq) || Arrays.equals(h, rs.getBytes(2))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Map<Long, Checkpoint> storedCheckpoints(Connection c) throws SQLException {
        Map<Long, Checkpoint> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select seq, head_hash, (extract(epoch from created_at) * 1000000)::bigint, key_id, signature from audit_checkpoint")) {
            while (rs.next()) {
                Checkpoint cp = ChainRows.readCheckpoint(rs);
                out.put(cp.seq(), cp);
            }
        }
        return out;
    }

    private static Long oldestUnchained(Connection c, Instant olderThan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select e.id from audit_event e where e.occurred_at < ?"
                + " and not exists (select 1 from audit_chain c where c.event_id = e.id) order by e.id limit 1")) {
            ps.setObject(1, olderThan.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
