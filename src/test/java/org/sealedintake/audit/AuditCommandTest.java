package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** {@code java -jar ... audit verify}: JSON on stdout, exit code 0 when the chain is intact. */
@QuarkusMainTest
class AuditCommandTest {

    @Test
    @Launch({ "audit", "verify" })
    void verifyCommandPrintsTheResultAndExitsZeroWhenIntact(LaunchResult result) {
        assertEquals(0, result.exitCode(), result::getOutput);
        assertTrue(result.getOutput().contains("\"intact\":true"), result::getOutput);
    }

    @Test
    @Launch(value = { "audit", "frobnicate" }, exitCode = 2)
    void unknownAuditCommandPrintsUsage(LaunchResult result) {
        assertTrue(result.getOutput().contains("usage: audit verify"), result::getOutput);
    }
}
