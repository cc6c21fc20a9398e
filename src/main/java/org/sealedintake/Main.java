package org.sealedintake;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.sealedintake.audit.AuditCommand;
import org.sealedintake.crypto.KeysTool;

/** Entry point: the service, or one of its commands ({@code keys init}, {@code audit verify}, ...). */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length > 0 && "keys".equals(args[0])) {
            // Key generation needs neither the database nor the HTTP server.
            System.exit(KeysTool.run(args, System.out));
        }
        if (args.length > 0 && "audit".equals(args[0])) {
            // Needs the database and the audit signing keyset; runs once and exits with its result.
            AuditCommand.prepare();
            try {
                Quarkus.run(AuditCommand.class, args);
            } finally {
                AuditCommand.restore();
            }
            return;
        }
        Quarkus.run(args);
    }
}
