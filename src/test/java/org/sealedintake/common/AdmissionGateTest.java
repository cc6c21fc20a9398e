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

    @Test
    void admitsUpToTheLimitQueuesUpToTheLineAndRefusesTheRest() {
        AdmissionGate<String> gate = new AdmissionGate<>(2, 1);
        assertEquals(Entry.ADMITTED, gate.enter("a"));
        assertEquals(Entry.ADMITTED, gate.enter("b"));
        assertEquals(Entry.QUEUED, gate.enter("c"));
        assertEquals(Entry.REFUSED, gate.enter("d"));
        assertEquals(2, gate.inProgress());
        assertEquals(1, gate.waiting());
    }

    @Test
    void aFreedPlacePassesToTheFirstWaiterBeforeAnyNewcomer() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 2);
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
    void aWaiterThatGivesUpLeavesTheLineButOneAlreadyAdmittedCannot() {
        AdmissionGate<String> gate = new AdmissionGate<>(1, 2);
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
        AdmissionGate<String> gate = new AdmissionGate<>(1, 0);
        assertEquals(Entry.ADMITTED, gate.enter("a"));
        assertEquals(Entry.REFUSED, gate.enter("b"));
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate<String>(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate<String>(1, -1));
    }
}
