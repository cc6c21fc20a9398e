package org.sealedintake.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.PrintStream;

/**
 * {@code audit verify}: verifies the chain and prints the result as JSON; exit code 0 when intact,
 * 1 when not, 2 on a usage error. {@code audit reanchor --reference REF}: after a point-in-time
 * restore, signs and exports a re-anchor at the restored head (docs/audit.md). Started by
 * {@link org.sealedintake.Main} with the HTTP listeners on ephemeral ports and the chainer timer off.
 */
public class AuditCommand implements QuarkusApplication {
    @Inject
    AuditVerification verification;

    @Inject
    AuditChainJob chain;

    @Inject
    ObjectMapper json;

    private static final java.util.Map<String, String> COMMAND_PROPERTIES = java.util.Map.of(
            "quarkus.http.port", "0",
            "quarkus.http.test-port", "0",
            "quarkus.management.port", "0",
            "quarkus.management.test-port", "0",
            "sealed.audit.chainer.enabled", "false");

    /** Properties the command runs with (no fixed ports, no chainer timer), set before Quarkus starts. */
    public static void prepare() {
        COMMAND_PROPERTIES.forEach(System::setProperty);
    }

    /** Removes them again once the command has run (matters only where the JVM lives on, as in tests). */
    public static void restore() {
        COMMAND_PROPERTIES.keySet().forEach(System::clearProperty);
    }

    @Override
    public int run(String... args) throws Exception {
        return run(args, System.out);
    }

    int run(String[] args, PrintStream out) throws Exception {
        if (args.length >= 2 && "verify".equals(args[1])) {
            VerifyResult r = verification.verify();
            out.println(json.writeValueAsString(r));
            return r.intact() ? 0 : 1;
        }
        if (args.length >= 4 && "reanchor".equals(args[1]) && "--reference".equals(args[2]) && !args[3].isBlank()) {
            Checkpoint cp = chain.chainer().reanchor(args[3]);
            out.println("re-anchored at seq " + cp.seq() + " (head " + cp.headHashHex() + "); the re-anchor is exported and recorded as an audit event");
            return 0;
        }
        out.println("usage: audit verify | audit reanchor --reference REF");
        return 2;
    }
}
