package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sealedintake.common.AdmissionGate.Entry;

/** The counting behind the admission limit, without HTTP. */
class AdmissionGateTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;


    @Test
    void admitsUpToTheLimitQueuesUpToTheLineAndRefusesTheRest() {
        AdmissionGate<String> gate = new AdmissionGate<>(2, 1, SECOND);
        assertEquals(Entry.ADMITTED, gate.enter("a"));
        assertEquals(Entry.ADMITTED, gate.enter("b"));
        assertEquals(Entry.QUEUED, gate.enter("c"));
        assertEquals(Entry.REFUSED, gate.enter("d"));
        assertEquals(2, gate.inProgress());
        assertEquals(1, gate.waiting());
    }

    @Test
    void aFreedPlacePassesToTheFirstWaiterBeforeAnyNewcomer() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 2, SECOND);
        gate.enter("a");
        gate.enter("b");
        gate.enter("c");
        assertEquals("b", gate.leave());
        assertEquals(Entry.QUEUED, gate.enter("late"), "the place went to b, not to a newcomer");
        assertEquals(1, gate.inProgress());
        assertEquals("c", gate.leave());
        assertEquals("late", gate.leave());
        assertNull(gate.leave());
        assertEquals(0, gate.inProgress());
        assertEquals(Entry.ADMITTED, gate.enter("again"));
    }

    @Test
    void inAStandingLineAFreedPlacePassesToTheNewestWaiterAndTheOldestRunOutOfTheirWait() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 3, 100 * MS);
        gate.enter("a", 0);
        gate.enter("b", 10 * MS);
        gate.enter("c", 20 * MS);
        assertEquals("b", gate.leave(50 * MS), "a burst: first come, first served");
        gate.enter("d", 120 * MS);
        assertTrue(gate.standing(130 * MS), "not empty since 10 ms");
        assertEquals("d", gate.leave(130 * MS), "overload: the newest waiter skips the line");
        gate.enter("e", 140 * MS);
        assertEquals("e", gate.leave(150 * MS));
        assertTrue(gate.giveUp("c"), "c's wait ran out: it is refused, not admitted late");
        assertNull(gate.leave(160 * MS));
        assertEquals(0, gate.inProgress());
    }

    @Test
    void aWaiterThatGivesUpLeavesTheLineButOneAlreadyAdmittedCannot() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 2, SECOND);
        gate.enter("a");
        gate.enter("b");
        gate.enter("c");
        assertTrue(gate.giveUp("c"));
        assertEquals("b", gate.leave());
        assertFalse(gate.giveUp("b"), "b holds a place now; it must give it back by leaving");
        assertEquals(0, gate.waiting());
        assertNull(gate.leave());
        assertEquals(0, gate.inProgress());
    }

    @Test
    void withoutALineEveryRequestBeyondTheLimitIsRefused() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 0, SECOND);
        assertEquals(Entry.ADMITTED, gate.enter("a"));
        assertEquals(Entry.REFUSED, gate.enter("b"));
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate<String>(0, 1, SECOND));
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate<String>(1, -1, SECOND));
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate<String>(1, 1, -1));
    }

    @Test
    void aLineIsStandingOnlyWhenItHasNotBeenEmptyForLongerThanTheGivenTime() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 3, 100 * MS);
        gate.enter("a", 0);
        assertFalse(gate.standing(500 * MS), "an empty line never stands");
        gate.enter("b", 1_000 * MS);
        assertFalse(gate.standing(1_050 * MS), "a line that was empty 50 ms ago is a burst");
        gate.enter("c", 1_080 * MS);
        assertTrue(gate.standing(1_101 * MS), "not empty since 1,000 ms");
        assertEquals("c", gate.leave(1_150 * MS), "standing: the newest waiter first");
        assertTrue(gate.standing(1_200 * MS), "a line that moves but never empties still stands");
        assertEquals("b", gate.leave(1_250 * MS));
        assertFalse(gate.standing(1_300 * MS), "an emptied line does not stand");
        gate.enter("d", 1_350 * MS);
        assertFalse(gate.standing(1_420 * MS), "it began again at 1,350 ms: a burst again");
        assertTrue(gate.standing(1_451 * MS));
        assertTrue(gate.giveUp("d"));
        gate.enter("e", 2_000 * MS);
        assertFalse(gate.standing(2_050 * MS), "emptied when d gave up; began again at 2,000 ms");
    }

    @Test
    void aStandingLineItsShortWaitsKeepDrainingStillStandsWhileRequestsKeepFindingNoPlace() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 3, 100 * MS);
        gate.enter("a", 0);
        gate.enter("b", 10 * MS);
        gate.enter("c", 50 * MS);
        assertTrue(gate.giveUp("b"));
        gate.enter("d", 90 * MS);
        assertTrue(gate.standing(120 * MS), "not empty since 10 ms");
        assertTrue(gate.giveUp("c"));
        assertTrue(gate.giveUp("d"));
        assertEquals(0, gate.waiting());
        gate.enter("e", 140 * MS);
        assertTrue(gate.standing(141 * MS),
                "the line emptied because its waiters gave up, but requests still find no place every 50 ms");
        assertEquals("e", gate.leave(150 * MS));
        gate.enter("f", 400 * MS);
        assertFalse(gate.standing(401 * MS), "260 ms without a request finding no place: a burst again");
    }
}
