package org.sealedintake.audit;

/** Names used in audit events: one vocabulary, so the log can be filtered and explained. */
public final class AuditActions {
    /** The actor of a reporter's own actions: never a subject, username or index (threat T15). */
    public static final String REPORTER_OF_REPORT = "reporter-of-report";

    public static final String REPORT_CREATED = "report.created";
    /** A staff read of a report (a reporter's own reads are not audited per report, threat T23). */
    public static final String REPORT_READ = "report.read";
    // Messages under a report (issue 9): a reporter's reply is recorded with the reporter-of-report actor.
    public static final String REPORT_MESSAGE_SENT = "report.message.sent";
    public static final String REPORT_MESSAGE_REPLIED = "report.message.replied";
    // Notices and appeals (issue 9). A creator's own actions use the creator-of-content actor.
    public static final String NOTICE_RESPONDED = "notice.responded";
    public static final String APPEAL_FILED = "appeal.filed";
    public static final String APPEAL_READ = "appeal.read";
    public static final String APPEAL_DECIDED = "appeal.decided";
    /** A text addressed to a creator refused by the guard; recorded under the moderator, on the case. */
    public static final String CREATOR_TEXT_REFUSED = "creator-text.refused";
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

    /** An admin put a parked outbox delivery back in the queue (docs/outbox.md). */
    public static final String OUTBOX_REPLAY = "outbox.replay";
    // Cases (issue 8). Every staff read of a case, report or attachment is one event.
    public static final String CASE_LISTED = "case.listed";
    public static final String CASE_READ = "case.read";
    public static final String ATTACHMENT_READ = "attachment.read";
    public static final String CASE_CLAIMED = "case.claimed";
    public static final String CASE_RELEASED = "case.released";
    public static final String CASE_NOTE_ADDED = "case.note-added";
    public static final String CASE_ESCALATED = "case.escalated";
    public static final String CASE_DECIDED = "case.decided";
    public static final String CASE_CONVERSATION_READ = "case.conversation.read";
    public static final String CASE_VERIFICATION_REQUESTED = "case.verification-requested";

    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_REFUSED = "refused";

    private AuditActions() {
    }
}
