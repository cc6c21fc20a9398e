package org.sealedintake.notices.dsa;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement that must not leave: the message lists every {@link Violation} (field and rule,
 * never a value), so it can be logged and shown to the moderator who has to fix the decision.
 */
public class StatementRefusedException extends RuntimeException {
    private final transient List<Violation> violations;

    public StatementRefusedException(List<Violation> violations) {
        super("DSA statement refused: " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Whether a free-text field was refused for carrying personal data (the moderator must rephrase). */
    public boolean carriesPersonalData() {
        return violations.stream().anyMatch(v -> DsaStatementValidator.PERSONAL_DATA.equals(v.rule()));
    }
}
