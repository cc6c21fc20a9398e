package org.sealedintake.intake;

import java.util.List;
import java.util.UUID;

/** A caller and a report request for tests that file straight through {@link ReportWriter}, without HTTP. */
final class IntakeFixtures {
    private IntakeFixtures() {
    }

    /** A reporter with a fresh subject, so its quota row, pointers and fingerprints are its own. */
    static Caller caller(String username) {
        return new Caller("https://issuer.test/realms/x", "subject-" + UUID.randomUUID(), username, "Test Reporter",
                username + "@example.test");
    }

    /** A valid harassment report on {@code target}, no attachments, no contact block. */
    static SubmitReportRequest harassment(String target) {
        return new SubmitReportRequest(Category.HARASSMENT, target, "creator", "Repeated insulting replies under every post",
                false, new Victim(Victim.Type.SELF, null), List.of(), null);
    }
}
