-- Decorrelated release (issue 9 item 4): a creator's decisions within a window are released together.
-- A batch holds the creator's account (the batch key) and the one release instant of everything in it:
-- the restriction (outbox), the notice and the DSA statement (outbox). Nothing about reports.
create table release_batch (
    id              uuid         primary key,
    creator_account varchar(128) not null,
    opened_at       timestamptz  not null,
    release_at      timestamptz  not null
);
create index release_batch_creator_idx on release_batch (creator_account, release_at desc);

alter table notice add column release_batch_id uuid;
alter table outbox_event add column release_batch_id uuid;
create index notice_release_batch_idx on notice (release_batch_id) where release_batch_id is not null;
create index outbox_event_release_batch_idx on outbox_event (release_batch_id) where release_batch_id is not null;

grant select, insert, update on release_batch to ${app_role};
