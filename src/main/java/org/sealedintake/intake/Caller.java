package org.sealedintake.intake;

import java.util.Map;
import org.sealedintake.sealing.ReporterIdentity;

/**
 * The reporter behind a request, from the verified token. Used to compute the owner index and to
 * seal the identity; never logged, never stored in the clear.
 */
public record Caller(String subject, String account, String name, String email) {

    ReporterIdentity identity(Map<String, String> contact) {
        return new ReporterIdentity(subject, account, name, email, contact);
    }

    @Override
    public String toString() {
        return "Caller[redacted]";
    }
}
