-- Tamper-evident audit log (docs/audit.md): the hash chain over audit_event and its signed checkpoints.
-- Both tables are insert-only like audit_event; the runtime role ${app_role} may only read and append.
-- The chainer appends outside the business transactions (a chain-head lock held through every
-- business commit would serialise intake), one holder at a time (pg_try_advisory_xact_lock).

create table audit_chain (
    seq        bigint      primary key check (seq > 0),
    -- audit_event.id; no foreign key, like the events themselves, so a deleted event is reported
    -- by the verifier (EVENT_MISSING) instead of being hidden by a cascade.
    event_id   bigint      not null unique,
    -- SHA-256(previous hash || fixed binary encoding of the event); 32 zero bytes before seq 1.
    hash       bytea       not null check (octet_length(hash) = 32),
    chained_at timestamptz not null
);

create table audit_checkpoint (
    seq        bigint      primary key check (seq > 0),
    head_hash  bytea       not null check (octet_length(head_hash) = 32),
    created_at timestamptz not null,
    -- Tink key id of the Ed25519 key that signed (the keyset may hold several after a rotation).
    key_id     bigint      not null,
    signature  bytea       not null
);

create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function audit_refuse_change();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();

-- The events listing pages newest first.
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);

grant select, insert on audit_chain, audit_checkpoint to ${app_role};
