-- Messages between moderators and a report's reporter (issue 9 item 7, DSA Art. 16(5)). They live
-- under the report and are read by the reporter through /v1/reports/{id}/messages: nothing addressed to
-- a reporter leaves the service (a push naming the account and the report would link them again).
-- Texts are AEAD-encrypted and bound to message and report. A reply keeps two texts: as written (for
-- its reporter) and as moderators read it (the reporter's own identifiers and other personal data
-- replaced). No column names the reporter; author is a staff actor, or reporter-of-report.
create table report_message (
    id             uuid         primary key,
    report_id      uuid         not null references report (id) on delete cascade,
    kind           varchar(20)  not null,
    sealed_text    bytea        not null,
    moderator_text bytea,
    author         varchar(128) not null,
    sent_at        timestamptz  not null,
    constraint report_message_kind check (kind in ('QUESTION', 'REPLY', 'OUTCOME', 'APPEAL_OUTCOME'))
);
create index report_message_report_idx on report_message (report_id, sent_at);

grant select, insert on report_message to ${app_role};
