package org.sealedintake.intake;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sealedintake.sealing.ReporterIdentity;

/**
 * The reporter behind a request, from the verified token. Ownership is keyed by issuer and subject (a
 * username can be renamed and reused); the account name is sealed with the identity. Never logged,
 * never stored in the clear.
 */
public record Caller(String issuer, String subject, String account, String name, String email, boolean trustedFlagger) {

    /** A caller who is no trusted flagger. */
    public Caller(String issuer, String subject, String account, String name, String email) {
        this(issuer, subject, account, name, email, false);
    }

    /** The parts that name the account for keyed values: issuer and subject, each length-prefixed by the PRF. */
    byte[][] accountKey(byte[]... more) {
        byte[][] parts = new byte[2 + more.length][];
        parts[0] = issuer.getBytes(StandardCharsets.UTF_8);
        parts[1] = subject.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(more, 0, parts, 2, more.length);
        return parts;
    }

    ReporterIdentity identity(Map<String, String> contact) {
        return new ReporterIdentity(subject, account, name, email, contact);
    }

    @Override
    public String toString() {
        return "Caller[redacted]";
    }
}
