package org.sealedintake.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The event ids chained in the recent window, as this chainer knows them, so a normal run asks the
 * database only for the new ids and the window's gaps (ids not chained: a transaction still open, or
 * one rolled back) instead of probing every id of the window on every run (docs/audit.md, D29).
 *
 * <p>The knowledge holds only while the chain head is the one this chainer left: chain rows are
 * insert-only and {@code seq} grows by one per row, so an unchanged head seq means nobody appended
 * since. Another replica's run, a failed commit or a restart makes it stale, and the next batch loads
 * the window's chained ids again from {@code audit_chain}.
 */
final class RecentChainedIds {
    /** More gaps than this and the window query is the cheaper one. */
    static final int MAX_GAPS = 2_000;
    /** Reads every chained id of the window: the query that following the head spares a chainer. */
    static final String LOAD = "select event_id from audit_chain where event_id > ?";

    private final NavigableSet<Long> chained = new TreeSet<>();
    private long headSeq = -1;

    /** True when no chain row was appended since this chainer's last commit (the set is exact). */
    boolean follows(long currentHeadSeq) {
        return headSeq >= 0 && headSeq == currentHeadSeq;
    }

    /** Reads the chained ids above {@code fromExclusive}, under the chain lock, for the head at {@code currentHeadSeq}. */
    void load(Connection c, long fromExclusive, long currentHeadSeq) throws SQLException {
        chained.clear();
        try (PreparedStatement ps = c.prepareStatement(LOAD)) {
            ps.setLong(1, fromExclusive);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chained.add(rs.getLong(1));
                }
            }
        }
        headSeq = currentHeadSeq;
    }

    /**
     * The ids in {@code (fromExclusive, maxChained]} that are not chained, ascending; null when there are
     * more than {@link #MAX_GAPS}. Also forgets the ids at or below {@code fromExclusive}.
     */
    long[] gaps(long fromExclusive, long maxChained) {
        chained.headSet(fromExclusive, true).clear();
        Iterator<Long> known = chained.headSet(maxChained, true).iterator();
        long next = known.hasNext() ? known.next() : Long.MAX_VALUE;
        long[] out = new long[16];
        int n = 0;
        for (long id = fromExclusive + 1; id <= maxChained; id++) {
            if (id == next) {
                next = known.hasNext() ? known.next() : Long.MAX_VALUE;
                continue;
            }
            if (n == MAX_GAPS) {
                return null;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = id;
        }
        return Arrays.copyOf(out, n);
    }

    /** After a commit that appended {@code ids} and left the head at {@code newHeadSeq}; only when the set followed the head before. */
    void appended(Collection<Long> ids, long newHeadSeq) {
        chained.addAll(ids);
        headSeq = newHeadSeq;
    }

    /** Until {@link #appended} or {@link #load}: the set may no longer match the table (a commit under way, failed or uncertain). */
    void forget() {
        headSeq = -1;
    }
}
