-- Evidence (issue 8 item 5, docs/evidence.md): what the platform's content API answered for a reported
-- item, kept so it survives the uploader deleting it or making it private. One row per canonical content
-- reference, however many reports name it (no report id and nothing about any reporter is stored here).
-- The owner the platform named and the item's SHA-256 are AEAD-encrypted in `details`; the bytes are
-- AEAD-encrypted in evidence_item. Both are bound to the canonical reference.
create table evidence (
    canonical_ref   varchar(300) primary key,
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    requested_at    timestamptz  not null,
    -- Set by the worker that claimed the row; a completion carrying another token is discarded.
    claim_token     uuid,
    media_type      varchar(200),
    size_bytes      bigint,
    truncated       boolean      not null default false,
    captured_at     timestamptz,
    details         bytea,
    -- A short code (HTTP_503, TIMEOUT, ...), never a response body.
    last_error      varchar(40),
    constraint evidence_status check (status in ('PENDING', 'CAPTURED', 'NOT_FOUND', 'FAILED')),
    constraint evidence_captured_has_details check (status <> 'CAPTURED' or (details is not null and captured_at is not null))
);
-- The worker's claim: due pending rows, oldest first.
create index evidence_due_idx on evidence (next_attempt_at) where status = 'PENDING';

-- The item's bytes, apart from the row the worker claims and updates on every attempt.
create table evidence_item (
    canonical_ref varchar(300) primary key references evidence (canonical_ref),
    item          bytea        not null
);

-- No delete: evidence outlives the item on the platform, and the runtime role cannot remove it.
grant select, insert, update on evidence to ${app_role};
grant select, insert on evidence_item to ${app_role};
