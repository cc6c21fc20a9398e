package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

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
            long probe = readCalls();
            long before = readCalls();
            long overhead = before - probe;
            for (int i = 0; i < QUERIES; i++) {
                run(slow);
            }
            double perQuery = (double) (readCalls() - before - overhead) / QUERIES;

            assertTrue(perQuery < 1.5, "read calls per answer that is not there yet: " + perQuery);
        }
    }

    private static void run(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
        }
    }

    /** This thread's read system calls so far (reading the file counts some of its own: measured and taken off). */
    static long readCalls() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/io"))) {
            if (line.startsWith("syscr:")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new IllegalStateException("no syscr in /proc/thread-self/io");
    }
}
