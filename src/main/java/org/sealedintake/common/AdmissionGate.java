package org.sealedintake.common;

import java.util.ArrayDeque;

/**
 * A fixed number of places and a bounded line of waiters. Never blocks: every method returns at once,
 * so it can be called on the Vert.x event loop. A place a leaving request frees passes straight to a
 * waiter, never to a newcomer: to the first in line while the line is a burst, to the last once it stands
 * (adaptive LIFO, as in Facebook's "Fail at scale"): past the capacity most waiters are refused anyway,
 * and serving the newest lets the admitted ones skip the wait while the oldest run out of theirs.
 *
 * @param <W> what stands in line (the route's pending request)
 */
final class AdmissionGate<W> {
    enum Entry { ADMITTED, QUEUED, REFUSED }

    private final int maxConcurrent;
    private final int maxQueued;
    /** How long a line must stand, and how long requests must stop finding every place taken, to start and end overload. */
    private final long standingNanos;
    private final ArrayDeque<W> line = new ArrayDeque<>();
    private int inProgress;
    /**
     * When the present line began: the time its first waiter joined an empty line ({@link System#nanoTime()}
     * scale). The line has not been empty since, or a later joiner would have moved it.
     */
    private long lastEmptyNanos = System.nanoTime();
    /** When a request last found every place taken (it was queued or refused). */
    private long lastNoPlaceNanos = Long.MIN_VALUE / 2;
    /**
     * Set once a line has stood; cleared when requests stop finding every place taken. Without it the overload
     * rule undid itself: the short waits of a standing line refuse its waiters, the line empties for a moment,
     * the next line counted as a burst again, and for half a second every admitted request waited the long
     * burst wait behind a full line (measured: admitted p50 26-28 ms at twice the sustainable rate against
     * 5-7 ms below it, docs/performance.md "Seventh pass").
     */
    private boolean overloaded;

    AdmissionGate(int maxConcurrent, int maxQueued, long standingNanos) {
        if (maxConcurrent < 1 || maxQueued < 0 || standingNanos < 0) {
            throw new IllegalArgumentException(
                    "sealed.admission: max-concurrent >= 1, max-queued >= 0 and standing-after >= 0 required");
        }
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.standingNanos = standingNanos;
    }

    /** Takes a place, or a place in line ({@code waiter} is kept), or neither. */
    synchronized Entry enter(W waiter) {
        return enter(waiter, System.nanoTime());
    }

    synchronized Entry enter(W waiter, long nowNanos) {
        if (inProgress < maxConcurrent) {
            inProgress++;
            return Entry.ADMITTED;
        }
        if (nowNanos - lastNoPlaceNanos > standingNanos) {
            overloaded = false;
        }
        lastNoPlaceNanos = nowNanos;
        if (line.size() < maxQueued) {
            if (line.isEmpty()) {
                lastEmptyNanos = nowNanos;
            }
            line.addLast(waiter);
            return Entry.QUEUED;
        }
        return Entry.REFUSED;
    }

    /**
     * Gives a place back. Returns the waiter that now holds it (the caller lets it through), or null
     * when nobody waited and the place is free.
     */
    synchronized W leave() {
        return leave(System.nanoTime());
    }

    synchronized W leave(long nowNanos) {
        W next = standing(nowNanos) ? line.pollLast() : line.pollFirst();
        if (next == null) {
            inProgress--;
        }
        return next;
    }

    /** A waiter whose time ran out leaves the line; false when it was admitted meanwhile (it holds a place). */
    synchronized boolean giveUp(W waiter) {
        return line.remove(waiter);
    }

    /**
     * Whether the service is past its capacity: the line has not been empty for longer than the standing time
     * (then it is not a burst being smoothed but a standing line), or it stood before and since then no two
     * requests in a row that found every place taken were more than the standing time apart (its waiters
     * gave up and the line emptied, but the overload goes on).
     */
    synchronized boolean standing(long nowNanos) {
        if (!line.isEmpty() && nowNanos - lastEmptyNanos > standingNanos) {
            overloaded = true;
            return true;
        }
        return overloaded && nowNanos - lastNoPlaceNanos <= standingNanos;
    }

    synchronized int inProgress() {
        return inProgress;
    }

    synchronized int waiting() {
        return line.size();
    }
}
