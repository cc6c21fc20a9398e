package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A database that is down or restarting answers 503 with Retry-After (clients retry, as the crash
 * cycles' clients do), never a 500; other database errors stay 500, and the answer names no SQL
 * state or message.
 */
class DatabaseUnavailableProblemTest {
    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void connectionFailuresAndServerShutdownsAre503WithRetryAfter() {
        for (String state : new String[] { "08001", "08006", "57P01", "57P02", "57P03" }) {
            Response r = mappers.internal(new PersistenceException("wrapped", new SQLException("boom", state)));
            assertEquals(503, r.getStatus(), state);
            assertEquals("5", r.getHeaderString("Retry-After"), state);
            Problem body = (Problem) r.getEntity();
            assertEquals(503, body.status());
            assertFalse(body.detail().contains(state));
            assertFalse(body.detail().contains("boom"));
        }
    }

    @Test
    void otherDatabaseErrorsStay500WithoutRetryAfter() {
        Response r = mappers.internal(new PersistenceException("wrapped", new SQLException("deadlock", "40P01")));
        assertEquals(500, r.getStatus());
        assertNull(r.getHeaderString("Retry-After"));
    }
}
