-- Nothing in the database groups a reporter's reports (issue 6, threats T21-T23).
-- Runs as the owner role; the runtime role ${app_role} gets only what it needs.
--
-- Before: report.owner_index and attachment.owner_index repeated one keyed value of the account on
-- every row it owned, and identity_fingerprint repeated the same keyed values on every report of one
-- reporter. A dump grouped them without any key. After: no value on any row repeats across reports.
-- Rows written before this migration lose their owner (pre-production data only; see docs/decisions.md).

-- Ownership: a proof per owned object, PRF(account, kind, object id): unique per object, so two
-- proofs of one account are as unrelated as two of different accounts.
alter table report drop column owner_index;
alter table attachment drop column owner_index;

create table report_owner_proof (
    report_id uuid  primary key references report (id) on delete cascade,
    proof     bytea not null unique
);

create table attachment_owner_proof (
    attachment_id uuid  primary key references attachment (id) on delete cascade,
    proof         bytea not null unique
);

-- "My reports": insert-only pointer rows at PRF(account, i) for i = 0, 1, 2, ... each holding the
-- report id AEAD-encrypted (bound to its locator). No foreign key on purpose: retention deletes a
-- report, the pointer stays (it then points at nothing) so the sequence has no holes to search around.
create table owner_pointer (
    locator    bytea primary key,
    sealed_ref bytea not null
);

-- Per-account quota windows: locator PRF(account, kind, window start), counters AEAD-encrypted.
-- expires_at is the window's end, the same for every account active in that window.
create table quota_window (
    locator      bytea       primary key,
    sealed_state bytea       not null,
    expires_at   timestamptz not null
);
create index quota_window_expiry_idx on quota_window (expires_at);

-- Fingerprints: one AEAD blob per report (random nonce, the report id as associated data), padded to
-- a fixed size, beside the sealed identity. Null only for rows sealed before this migration.
alter table sealed_identity add column fingerprint_set bytea;
drop table identity_fingerprint;

-- Old idempotency records were keyed with the old owner index; none can be replayed any more.
delete from idempotency_record;

grant select, insert, delete on report_owner_proof, attachment_owner_proof to ${app_role};
grant select, insert on owner_pointer to ${app_role};
grant select, insert, update, delete on quota_window to ${app_role};
