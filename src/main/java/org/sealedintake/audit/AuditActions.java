package org.sealedintake.audit;

/** Names used in audit events: one vocabulary, so the log can be filtered and explained. */
public final class AuditActions {
    /** The actor of a reporter's own actions: never a subject, username or index (threat T15). */
    public static final String REPORTER_OF_REPORT = "reporter-of-report";

    public static final String REPORT_CREATED = "report.created";
    public static final String REPORT_READ = "report.read";
    public static final String REPORT_LISTED = "report.listed";
    public static final String ATTACHMENT_UPLOADED = "attachment.uploaded";

    /** The actor of operator commands run from the command line ({@code audit reanchor}). */
    public static final String OPERATOR = "operator";
    public static final String AUDIT_EVENTS_READ = "audit.events.read";
    public static final String AUDIT_VERIFIED = "audit.verified";
    public static final String AUDIT_REANCHORED = "audit.reanchored";

    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_REFUSED = "refused";

    private AuditActions() {
    }
}
