package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ThreadReadCalls;

/**
 * The service's database connections (D36): an answer PostgreSQL gives a few milliseconds later costs the waiting
 * thread one read system call, as with {@link BlockingSocketFactory}; with the JDK's default socket (the driver's
 * own factory) it was a read that found nothing, a poll and the read. Counted on this thread from
 * {@code /proc/thread-self/io}.
 */
@QuarkusTest
class DatabaseReadCallsTest {
    private static final int QUERIES = 40;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLateAnswerIsOneReadCall() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement slow = c.prepareStatement("select pg_sleep(0.003)")) {
            run(slow); // prepared and warm
            double perQuery = ThreadReadCalls.perCall(() -> run(slow), QUERIES);

            assertTrue(perQuery < 1.5, "read calls per answer that is not there yet: " + perQuery);
        }
    }

    private static void run(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
        }
    }
}
