-- Cases (issue 8 items 4, 6, 7): reports about one target join one case, keyed by the platform's
-- canonical reference. Runs as the owner role; the runtime role ${app_role} gets only what it needs.
--
-- Nothing here may let a copy of the database link two reports to one reporter (threats T21, T26):
-- the distinct-reporter tags, the trusted-flagger count and the severity band live in one AEAD blob
-- (reporter_state) of a fixed size, rewritten with a fresh nonce on every report that joins; there is
-- no plain count of reporters and no timestamp of "a new reporter joined". The only plain value
-- derived from the reporters is priority_level (docs/decisions.md D16).
create table moderation_case (
    id               uuid         primary key,
    canonical_ref    varchar(600) not null unique,
    kind             varchar(10)  not null,
    -- Named by the platform's content API (EvidenceCaptured), never by a reporter; null until then.
    target_owner     varchar(128),
    status           varchar(20)  not null,
    -- Who may open the case: MODERATOR, SENIOR_MODERATOR (escalated) or CHILD_SAFETY.
    audience         varchar(20)  not null,
    priority_level   smallint     not null,
    due_at           timestamptz  not null,
    created_at       timestamptz  not null,
    assignee         varchar(64),
    claim_expires_at timestamptz,
    reporter_state   bytea        not null,
    constraint moderation_case_status check (status in ('NEW', 'IN_REVIEW', 'DECIDED', 'APPEALED', 'CLOSED')),
    constraint moderation_case_kind check (kind in ('CONTENT', 'ACCOUNT')),
    constraint moderation_case_audience check (audience in ('MODERATOR', 'SENIOR_MODERATOR', 'CHILD_SAFETY'))
);
-- The queue: open cases by level, earliest due first. The query reads one range per (overdue, level).
create index moderation_case_queue_idx on moderation_case (priority_level, due_at, id)
    include (audience, target_owner) where status in ('NEW', 'IN_REVIEW');
create index moderation_case_owner_idx on moderation_case (target_owner) where target_owner is not null;

-- Which reports a case holds: the pair only (no arrival time, no order beyond the report's own row).
create table case_report (
    report_id uuid primary key references report (id) on delete cascade,
    case_id   uuid not null references moderation_case (id) on delete cascade
);
create index case_report_case_idx on case_report (case_id);

create table case_note (
    id          uuid        primary key,
    case_id     uuid        not null references moderation_case (id) on delete cascade,
    author      varchar(64) not null,
    created_at  timestamptz not null,
    sealed_text bytea       not null
);
create index case_note_case_idx on case_note (case_id, created_at);

-- A decision: enums and numbers plain (they go to the DSA database anyway), texts AEAD-encrypted.
create table case_decision (
    id                    uuid         primary key,
    case_id               uuid         not null references moderation_case (id) on delete cascade,
    canonical_ref         varchar(600) not null,
    target_owner          varchar(128) not null,
    action                varchar(40)  not null,
    ground                varchar(40),
    statement_category    varchar(80)  not null,
    duration_days         integer,
    territorial_scope     varchar(200) not null,
    automated_detection   boolean      not null,
    automation            varchar(20)  not null,
    block_re_registration boolean      not null,
    decided_by            varchar(64)  not null,
    decided_at            timestamptz  not null,
    sealed_text           bytea        not null
);
create index case_decision_case_idx on case_decision (case_id, decided_at desc);
create index case_decision_owner_idx on case_decision (target_owner, decided_at desc);

-- The reporter's view of the outcome: action and day only.
alter table report add column outcome_action varchar(40);
alter table report add column outcome_on date;

grant select, insert, update on moderation_case to ${app_role};
grant select, insert on case_report, case_note, case_decision to ${app_role};
