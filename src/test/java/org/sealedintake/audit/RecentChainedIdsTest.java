package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The window's gaps: what a normal run asks the database for besides the new ids. */
class RecentChainedIdsTest {

    @Test
    void gapsAreTheWindowsIdsNotChainedAndIdsBelowTheWindowAreForgotten() {
        RecentChainedIds ids = new RecentChainedIds();
        ids.appended(List.of(1L, 2L, 4L, 5L, 8L, 9L), 6);

        assertArrayEquals(new long[] {3, 6, 7, 10}, ids.gaps(0, 10));
        assertArrayEquals(new long[] {6, 7}, ids.gaps(4, 8), "ids at or below the window's start are not asked for");
        assertArrayEquals(new long[] {1, 2, 3, 4, 6, 7, 10}, ids.gaps(0, 10), "and they are forgotten: 1, 2 and 4 count as gaps again");
    }

    @Test
    void theSetFollowsOnlyTheHeadItLeftAndNotWhileACommitIsUnderWay() {
        RecentChainedIds ids = new RecentChainedIds();
        assertFalse(ids.follows(0), "nothing known before the first load");
        ids.appended(List.of(1L), 1);
        assertTrue(ids.follows(1));
        assertFalse(ids.follows(2), "someone else appended");
        ids.forget();
        assertFalse(ids.follows(1), "a commit whose outcome is unknown");
    }

    @Test
    void aWindowWithTooManyGapsIsLeftToTheWindowQuery() {
        RecentChainedIds ids = new RecentChainedIds();
        ids.appended(LongStream.rangeClosed(1, 100).map(i -> i * 3).boxed().toList(), 100);
        assertEquals(200, ids.gaps(0, 300).length);
        ids.appended(List.of(), 100);
        assertNull(ids.gaps(0, RecentChainedIds.MAX_GAPS + 101L));
    }
}
