-- What reaches the reviewed creator (issue 9 items 2 and 6): notices addressed to the platform account
-- the platform named as the content's owner, and appeals of decisions.
-- A notice is invisible to its creator before release_at (decorrelated timing, docs/notices.md). Its
-- content (the statement of reasons or the moderator's question) is AEAD-encrypted JSON bound to the
-- notice id; it was built from creator-facing types only and passed the leak guard before it was stored.
-- No column holds a report id, a report count or a report time.
create table notice (
    id                uuid         primary key,
    case_id           uuid         not null,
    recipient_account varchar(128) not null,
    kind              varchar(30)  not null,
    decision_id       uuid,
    decided_by        varchar(128),
    content           bytea        not null,
    created_at        timestamptz  not null,
    release_at        timestamptz  not null,
    appeal_by         timestamptz,
    response          bytea,
    responded_at      timestamptz,
    constraint notice_kind check (kind in ('VERIFICATION_REQUEST', 'DECISION', 'APPEAL_OUTCOME'))
);
create index notice_recipient_idx on notice (recipient_account, release_at desc);
create index notice_case_idx on notice (case_id);

-- An appeal (DSA Art. 20) by the creator (of a decision notice) or by a reporter (of "no action" on their
-- report). It goes to a senior moderator who did not make the decision. Grounds AEAD-encrypted; a
-- reporter's grounds are stored as moderators read them (their own identifiers replaced).
create table appeal (
    id                 uuid         primary key,
    case_id            uuid         not null,
    decision_id        uuid         not null,
    decided_by         varchar(128) not null,
    appellant          varchar(20)  not null,
    notice_id          uuid,
    report_id          uuid,
    grounds            bytea        not null,
    status             varchar(20)  not null,
    filed_at           timestamptz  not null,
    outcome            varchar(20),
    outcome_by         varchar(128),
    outcome_at         timestamptz,
    outcome_text       bytea,
    constraint appeal_appellant check (appellant in ('CREATOR', 'REPORTER')),
    constraint appeal_status check (status in ('OPEN', 'DECIDED')),
    constraint appeal_outcome check (outcome is null or outcome in ('UPHELD', 'REVERSED')),
    constraint appeal_one_per_notice unique (notice_id),
    constraint appeal_one_per_report_decision unique (report_id, decision_id)
);
create index appeal_open_idx on appeal (filed_at) where status = 'OPEN';

grant select, insert, update on notice, appeal to ${app_role};
