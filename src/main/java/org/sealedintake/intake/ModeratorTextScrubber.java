package org.sealedintake.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.sealedintake.redaction.Redactor;

/**
 * Turns a report's description into the text moderators read, while the reporter's identity is still
 * in memory (threat T9): every form of the reporter's own identifiers (name and its parts, account,
 * e-mail, contact handles, phone; full-width, spaced, dashed, traditional, pinyin) becomes
 * {@code [REPORTER]}, and other personal data its typed placeholder. Runs before the report's
 * transaction opens, so no row lock waits for it.
 */
@ApplicationScoped
public class ModeratorTextScrubber {
    private final Redactor redactor = new Redactor();

    public String scrub(Caller caller, SubmitReportRequest request) {
        return redactor.redact(request.description(), selfIdentifiers(caller, request.reporterContact()));
    }

    /**
     * A reporter's reply to moderators, as moderators read it: the identifiers the token carries
     * (account, name, e-mail) become {@code [REPORTER]}, other personal data its placeholder. Contact
     * handles were sealed at intake and are not at hand here; the generic detectors catch them in
     * their usual shapes.
     */
    public String scrubReply(Caller caller, String text) {
        return redactor.redact(text, selfIdentifiers(caller, null));
    }

    static List<String> selfIdentifiers(Caller caller, ReporterContact contact) {
        List<String> out = new ArrayList<>();
        out.add(caller.account());
        if (caller.name() != null) {
            out.add(caller.name());
        }
        if (caller.email() != null) {
            out.add(caller.email());
        }
        if (contact != null) {
            out.addAll(contact.asMap().values());
        }
        return out;
    }
}
