package org.sealedintake.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** Reads and writes of the chain tables shared by the chainer and the verifier (plain JDBC). */
final class ChainRows {
    /** Advisory lock key of the chain head ("sealed audit"); the same in every replica. */
    static final long CHAIN_LOCK = 0x5EA1ED_A0D17L;

    private ChainRows() {
    }

    static void insertCheckpoint(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_checkpoint (seq, head_hash, created_at, key_id, signature)"
                + " values (?, ?, ?, ?, ?)")) {
            ps.setLong(1, cp.seq());
            ps.setBytes(2, cp.headHash());
            // An explicit UTC offset with microseconds: stored exactly whatever the session time zone.
            ps.setObject(3, cp.createdAt().atOffset(java.time.ZoneOffset.UTC));
            ps.setLong(4, cp.keyId());
            ps.setBytes(5, cp.signature());
            ps.executeUpdate();
        }
    }

    /** The seq the exported log vouches for: the largest, counting from the newest re-anchor. */
    static long exportedHead(List<Checkpoint> exported) {
        long head = 0;
        for (Checkpoint cp : exported) {
            head = cp.kind() == Checkpoint.Kind.REANCHOR ? cp.seq() : Math.max(head, cp.seq());
        }
        return head;
    }

    static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, CHAIN_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * For the rest of this transaction, plans that walk the indexes of the recent window: an index range on
     * {@code audit_event}, a probe of {@code audit_chain}'s event-id index per event, no parallel workers.
     * Left to itself PostgreSQL hashed all of {@code audit_chain} and scanned all of {@code audit_event} for a
     * window of a few thousand ids (its estimates lag a table that grows by hundreds of rows a second), so a
     * run cost 58 ms at 140,000 events instead of 5 ms, and the chainer took a third of the database's CPU
     * under intake load (docs/performance.md, third pass, "The chainer's cost, found and fixed"). Also for the periodic sweep over
     * the horizon (an index range on {@code occurred_at}) and the whole-log sweep's slices (with
     * {@link #mergeBoundedRanges} around their query).
     */
    static void preferIndexProbes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local enable_hashjoin = off; set local enable_mergejoin = off; set local enable_seqscan = off;"
                    + " set local max_parallel_workers_per_gather = 0");
        }
    }

    /**
     * On: until switched off, a join walks two sorted index ranges side by side (a merge) instead of probing one
     * index per row of the other. For a whole-log slice of tens of thousands of ids, where the probes cost twice as
     * much (D39). Only around that query: with both ranges bounded in it, the merge reads the slice of each index;
     * a join without such bounds, as in the checkpoint's recomputation, would walk {@code audit_event} from its
     * first id. Off restores {@link #preferIndexProbes}.
     */
    static void mergeBoundedRanges(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(on ? "set local enable_nestloop = off; set local enable_mergejoin = on"
                    : "set local enable_nestloop = on; set local enable_mergejoin = off");
        }
    }

    record Head(long seq, byte[] hash) {
    }

    static Head head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select seq, hash from audit_chain order by seq desc limit 1")) {
            return rs.next() ? new Head(rs.getLong(1), rs.getBytes(2)) : new Head(0, EventEncoding.genesis());
        }
    }

    static long maxChainedEventId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(event_id), 0) from audit_chain")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Optional<Checkpoint> newestCheckpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select seq, head_hash, (extract(epoch from created_at) * 1000000)::bigint, key_id, signature"
                        + " from audit_checkpoint order by seq desc limit 1")) {
            return rs.next() ? Optional.of(readCheckpoint(rs)) : Optional.empty();
        }
    }

    static Checkpoint readCheckpoint(ResultSet rs) throws SQLException {
        return new Checkpoint(Checkpoint.Kind.CHECKPOINT, rs.getLong(1), rs.getBytes(2), rs.getLong(3), rs.getLong(4), rs.getBytes(5));
    }
}
