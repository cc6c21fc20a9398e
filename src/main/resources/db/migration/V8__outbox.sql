-- Outbox (issue 8 item 6, delivery in issue 9): every message leaving the service is a row written in
-- the business transaction that caused it, and delivered later by a dispatcher. Nothing addressed to a
-- reporter is ever written here (a row naming a reporter's account and a report would link them).
-- The body is AEAD-encrypted and bound to its event id; admins see ids, kinds and errors, never bodies.
create table outbox_event (
    id              uuid         primary key,
    kind            varchar(40)  not null,
    destination     varchar(40)  not null,
    idempotency_key varchar(100) not null unique,
    payload         bytea        not null,
    created_at      timestamptz  not null,
    release_at      timestamptz  not null,
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(200),
    delivered_at    timestamptz,
    constraint outbox_event_status check (status in ('PENDING', 'DELIVERED', 'PARKED'))
);
-- The dispatcher's claim: due rows of one status, oldest first.
create index outbox_event_due_idx on outbox_event (next_attempt_at) where status = 'PENDING';
create index outbox_event_parked_idx on outbox_event (created_at) where status = 'PARKED';

grant select, insert, update on outbox_event to ${app_role};
