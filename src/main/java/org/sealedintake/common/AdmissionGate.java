package org.sealedintake.common;

import java.util.ArrayDeque;

/**
 * A fixed number of places and a bounded line of waiters. Never blocks: every method returns at once,
 * so it can be called on the Vert.x event loop. A place a leaving request frees passes straight to the
 * first waiter, so a waiter is never overtaken by a request that arrived after it.
 *
 * @param <W> what stands in line (the route's pending request)
 */
final class AdmissionGate<W> {
    enum Entry { ADMITTED, QUEUED, REFUSED }

    private final int maxConcurrent;
    private final int maxQueued;
    private final ArrayDeque<W> line = new ArrayDeque<>();
    private int inProgress;
    /**
     * When the present line began: the time its first waiter joined an empty line ({@link System#nanoTime()}
     * scale). The line has not been empty since, or a later joiner would have moved it.
     */
    private long lastEmptyNanos = System.nanoTime();

    AdmissionGate(int maxConcurrent, int maxQueued) {
        if (maxConcurrent < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("sealed.admission: max-concurrent >= 1 and max-queued >= 0 required");
        }
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
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
        W next = line.pollFirst();
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
     * Whether the line has not been empty for longer than {@code standingNanos}: then it is not a burst
     * being smoothed but a standing line, and the service is past its capacity.
     */
    synchronized boolean standing(long nowNanos, long standingNanos) {
        return !line.isEmpty() && nowNanos - lastEmptyNanos > standingNanos;
    }

    synchronized int inProgress() {
        return inProgress;
    }

    synchronized int waiting() {
        return line.size();
    }
}
