package org.sealedintake.intake;

/** Where a report stands, as its reporter sees it. */
public enum ReportStatus {
    RECEIVED,
    IN_REVIEW,
    DECIDED,
    CLOSED
}
