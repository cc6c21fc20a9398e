package org.sealedintake.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sealedintake.crypto.AssociatedData;
import org.sealedintake.crypto.DataCipher;
import org.sealedintake.intake.Category;
import org.sealedintake.intake.Reports;

/**
 * What the release timing of anything sent to the creator needs to know about a case's reports. Read
 * in memory from the reports and the encrypted reporter state; never written anywhere.
 */
record CaseFacts(List<UUID> reportIds, Instant latestReportAt, int distinctReporters, boolean trustedFlaggerReported,
        Set<Category> categories, boolean minorInvolved) {

    static CaseFacts of(ModerationCase c, List<UUID> reportIds, Reports reports, DataCipher cipher, Instant now) {
        List<Reports.ReportFacts> filed = reports.factsOf(reportIds);
        ReporterState state = ReporterState.decode(cipher.decrypt(c.reporterState, AssociatedData.caseReporterState(c.id)));
        return new CaseFacts(reportIds,
                filed.stream().map(Reports.ReportFacts::receivedAt).max(Instant::compareTo).orElse(now),
                state.distinctReporters(), state.trustedFlaggerReports() > 0,
                filed.stream().map(Reports.ReportFacts::category).collect(Collectors.toSet()),
                filed.stream().anyMatch(Reports.ReportFacts::involvesMinor));
    }

    @Override
    public String toString() {
        return "CaseFacts[" + reportIds.size() + " reports]";
    }
}
