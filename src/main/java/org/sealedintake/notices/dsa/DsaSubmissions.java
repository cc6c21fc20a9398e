package org.sealedintake.notices.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sealedintake.outbox.Outbox;
import org.sealedintake.outbox.OutboxKind;

/**
 * Queues a decision's statement in the outbox, in the caller's transaction, to leave at the
 * release instant the notice and the restriction share (notices/release). A refused statement
 * throws, so the caller's transaction (and the decision's release) fails with it: nothing about the
 * decision leaves half-stated.
 */
@ApplicationScoped
public class DsaSubmissions {
    private final DsaExporter exporter;
    private final Outbox outbox;

    DsaSubmissions(DsaExporter exporter, Outbox outbox) {
        this.exporter = exporter;
        this.outbox = outbox;
    }

    /**
     * The outbox event id, or empty when the decision has no statement.
     *
     * @throws StatementRefusedException see {@link DsaExporter#export}; also when the decision's
     *         application date is not {@code releaseAt}'s day in UTC
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(DecisionFacts decision, Instant releaseAt) {
        // The public application_date must be the release day, or it would show the decision's day.
        if (decision.applicationDate() != null
                && !decision.applicationDate().equals(LocalDate.ofInstant(releaseAt, ZoneOffset.UTC))) {
            throw new StatementRefusedException(List.of(new Violation("application_date",
                    "must be the release day (UTC) of the restriction")));
        }
        return exporter.export(decision).submission()
                .map(s -> outbox.enqueue(OutboxKind.DSA_STATEMENT, DsaExporter.DESTINATION, s.idempotencyKey(),
                        s.json(), releaseAt));
    }
}
