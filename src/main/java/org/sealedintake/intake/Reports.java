package org.sealedintake.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The narrow door other features use into intake's reports; repositories stay package-private. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {
    private final ReportRepository reports;
    private final Ownership ownership;

    Reports(ReportRepository reports, Ownership ownership) {
        this.reports = reports;
        this.ownership = ownership;
    }

    /** Whether a report with this id exists (staff paths only: a reporter gets {@link #isOwnedBy}). */
    public boolean exists(UUID id) {
        return reports.count("id", id) > 0;
    }

    /** Whether the caller filed this report; false alike for someone else's and for none. */
    public boolean isOwnedBy(Caller caller, UUID id) {
        return ownership.ownsReport(caller, id);
    }
}
