-- Sealed intake: reports, sealed identities, attachments, idempotency, minimal audit.
-- Runs as the owner role; the runtime role ${app_role} gets only what it needs.

create table report (
    id                 uuid primary key,
    owner_index        bytea        not null,
    category           varchar(40)  not null,
    status             varchar(20)  not null,
    target_content_ref varchar(512) not null,
    target_account     varchar(128),
    involves_minor     boolean      not null,
    victim_type        varchar(10)  not null,
    sealed_text        bytea        not null,
    received_at        timestamptz  not null,
    acknowledge_by     timestamptz  not null,
    feedback_by        timestamptz  not null
);
create index report_owner_idx on report (owner_index, received_at desc);
create index report_target_idx on report (target_content_ref);

-- HPKE ciphertext only; there is no plaintext identity column anywhere.
create table sealed_identity (
    report_id  uuid primary key references report (id) on delete cascade,
    key_id     bigint      not null,
    ciphertext bytea       not null,
    sealed_at  timestamptz not null
);

create table identity_fingerprint (
    id          bigint generated always as identity primary key,
    report_id   uuid  not null references report (id) on delete cascade,
    fingerprint bytea not null
);
create index identity_fingerprint_report_idx on identity_fingerprint (report_id);

create table attachment (
    id          uuid primary key,
    owner_index bytea        not null,
    report_id   uuid references report (id) on delete cascade,
    media_type  varchar(40)  not null,
    width       integer      not null,
    height      integer      not null,
    size_bytes  bigint       not null,
    uploaded_at timestamptz  not null,
    expires_at  timestamptz  not null
);
create index attachment_report_idx on attachment (report_id);
create index attachment_expiry_idx on attachment (expires_at) where report_id is null;

create table attachment_blob (
    attachment_id uuid primary key references attachment (id) on delete cascade,
    content       bytea not null
);

-- key_index = PRF(owner index, key): scoped to the owner, and no subject in it (threat T15).
create table idempotency_record (
    key_index        bytea primary key,
    body_fingerprint bytea       not null,
    report_id        uuid,
    claimed_at       timestamptz not null,
    expires_at       timestamptz not null
);
create index idempotency_expiry_idx on idempotency_record (expires_at);

-- Insert-only; no foreign keys (retention deletes reports, the log stays); no personal data.
create table audit_event (
    id          bigint generated always as identity primary key,
    event_id    uuid         not null unique,
    occurred_at timestamptz  not null,
    actor       varchar(128) not null,
    action      varchar(64)  not null,
    object_type varchar(40)  not null,
    object_id   varchar(64)  not null,
    purpose     varchar(200),
    outcome     varchar(20)  not null
);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_actor_idx on audit_event (actor);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit tables are insert-only (% refused on %)', tg_op, tg_table_name;
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_refuse_change();

grant select, insert, update, delete on report, sealed_identity, identity_fingerprint,
    attachment, attachment_blob, idempotency_record to ${app_role};
grant select, insert on audit_event to ${app_role};
