package org.sealedintake.audit;

/** Names used in audit events: one vocabulary, so the log can be filtered and explained. */
public final class AuditActions {
    /** The actor of a reporter's own actions: never a subject, username or index (threat T15). */
    public static final String REPORTER_OF_REPORT = "reporter-of-report";

    public static final String REPORT_CREATED = "report.created";
    /** A staff read of a report (a reporter's own reads are not audited per report, threat T23). */
    public static final String REPORT_READ = "report.read";
    public static final String ATTACHMENT_UPLOADED = "attachment.uploaded";

    /** The actor of operator commands run from the command line ({@code audit reanchor}). */
    public static final String OPERATOR = "operator";
    public static final String AUDIT_EVENTS_READ = "audit.events.read";
    public static final String AUDIT_VERIFIED = "audit.verified";
    public static final String AUDIT_REANCHORED = "audit.reanchored";
    // Unseal (issue 3). Refused attempts are recorded under the attempted action, outcome "refused".
    public static final String UNSEAL_REQUEST = "unseal.request";
    public static final String UNSEAL_APPROVE = "unseal.approve";
    public static final String UNSEAL_REJECT = "unseal.reject";
    public static final String UNSEAL_EXECUTE = "unseal.execute";
    public static final String UNSEAL_READ = "unseal.read";
    /** A partial approval (two-approver policy): the request stays pending. */
    public static final String UNSEAL_APPROVAL_RECORDED = "unseal.approval-recorded";
    public static final String UNSEAL_APPROVED = "unseal.approved";
    public static final String UNSEAL_REJECTED = "unseal.rejected";
    public static final String UNSEAL_EXECUTED = "unseal.executed";
    public static final String UNSEAL_EXPIRED = "unseal.expired";
    /** On the report: its reporter's identity was opened for an executed unseal. */
    public static final String IDENTITY_DISCLOSED = "identity.disclosed";

    // Cases (issue 8). Every staff read of a case, report or attachment is one event.
    public static final String CASE_LISTED = "case.listed";
    public static final String CASE_READ = "case.read";
    public static final String ATTACHMENT_READ = "attachment.read";
    public static final String CASE_CLAIMED = "case.claimed";
    public static final String CASE_RELEASED = "case.released";
    public static final String CASE_NOTE_ADDED = "case.note-added";
    public static final String CASE_ESCALATED = "case.escalated";
    public static final String CASE_DECIDED = "case.decided";

    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_REFUSED = "refused";

    private AuditActions() {
    }
}
