-- Outbox delivery (issue 9 item 5, docs/outbox.md). A dispatcher claims due rows with
-- FOR UPDATE SKIP LOCKED in a short transaction and leases them: next_attempt_at moves forward by
-- the lease and claim_token names the claim, so a dispatcher that dies mid-delivery leaves a row
-- that becomes due again when the lease ends (at-least-once), and a late answer of an expired
-- claim cannot overwrite the outcome of the claim that replaced it.
alter table outbox_event add column claim_token uuid;
alter table outbox_event add column last_attempt_at timestamptz;
alter table outbox_event add column parked_at timestamptz;

-- The admin list of parked rows, newest parked first.
drop index outbox_event_parked_idx;
create index outbox_event_parked_idx on outbox_event (parked_at desc, id) where status = 'PARKED';
