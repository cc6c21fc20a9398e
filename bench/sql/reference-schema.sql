-- FROZEN reference schema for bench/sql/reference.sql (issue 10). NEVER CHANGE THIS FILE.
-- The tables the reference report touches, as the schema stood on 2026-11-26 (V1..V10), plus the
-- identity_fingerprint table of V1 (dropped by V5, kept here because the reference shape the issue
-- fixed writes 7 fingerprint rows). The reference ceiling stays comparable across every future
-- change of the service: adding statements to intake can only lower its ratio, never raise it.
create table report (
    id                 uuid primary key,
    category           varchar(40)  not null,
    status             varchar(20)  not null,
    target_content_ref varchar(512) not null,
    target_account     varchar(128),
    involves_minor     boolean      not null,
    victim_type        varchar(10)  not null,
    sealed_text        bytea        not null,
    received_at        timestamptz  not null,
    acknowledge_by     timestamptz  not null,
    feedback_by        timestamptz  not null,
    moderator_text     bytea
);
create index report_target_idx on report (target_content_ref);

create table sealed_identity (
    report_id       uuid primary key references report (id) on delete cascade,
    key_id          bigint      not null,
    ciphertext      bytea       not null,
    sealed_at       timestamptz not null,
    fingerprint_set bytea
);

create table identity_fingerprint (
    id          bigint generated always as identity primary key,
    report_id   uuid  not null references report (id) on delete cascade,
    fingerprint bytea not null
);
create index identity_fingerprint_report_idx on identity_fingerprint (report_id);

create table idempotency_record (
    key_index        bytea primary key,
    body_fingerprint bytea       not null,
    report_id        uuid,
    claimed_at       timestamptz not null,
    expires_at       timestamptz not null
);
create index idempotency_expiry_idx on idempotency_record (expires_at);

create table audit_event (
    id          bigint generated always as identity primary key,
    event_id    uuid         not null unique,
    occurred_at timestamptz  not null,
    actor       varchar(128) not null,
    action      varchar(64)  not null,
    object_type varchar(40)  not null,
    object_id   varchar(64)  not null,
    purpose     varchar(200),
    outcome     varchar(20)  not null,
    seal        bytea
);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
