-- pgbench replay of what ONE POST /v1/reports costs the database today, statement for statement
-- (bench/sql/intake-current.statements, captured from the running service by bench/check-statements.sh,
-- which fails when this file and the service disagree). Run with -M prepared as the runtime role.
-- Variables (-D) from bench/run.sh: payloads of the sizes the service writes (:text, :modtext, :identity,
-- :fpset, :seal, :state, :ref), :locs (16 owner-pointer locators), constants (:category, ...), timestamps.
\set acct random(1, :accounts)
\set seq random(1, 4611686018427387903)
-- Fresh random values per report (\gset): the only statement that is not the service's own.
select gen_random_uuid() as rid, gen_random_uuid() as eid, sha256(random()::text::bytea) as k, sha256(random()::text::bytea) as bfp, sha256(random()::text::bytea) as ptr, sha256(('q' || :acct)::bytea) as qloc, sha256(random()::text::bytea) as p1, sha256(random()::text::bytea) as p2, sha256(random()::text::bytea) as h \gset

-- Transaction 1 (IdempotencyStore.claim, REQUIRES_NEW): the key claim commits on its own.
BEGIN;
delete from idempotency_record where key_index = :k and (expires_at < :now or (report_id is null and claimed_at < :now));
insert into idempotency_record (key_index, body_fingerprint, claimed_at, expires_at) values (:k, :bfp, :now, :day) on conflict (key_index) do nothing;
COMMIT;

-- Transaction 2 (ReportWriter): quota, report, ownership, sealed identity, idempotency completion, audit.
BEGIN;
insert into quota_window (locator, sealed_state, expires_at) values (:qloc, :state, :later) on conflict (locator) do nothing;
select sealed_state from quota_window where locator = :qloc for update;
update quota_window set sealed_state = :state where locator = :qloc;
insert into report (acknowledge_by,category,feedback_by,involves_minor,moderator_text,received_at,sealed_text,status,target_account,target_content_ref,victim_type,id) values (:later,:category,:day,:minor,:modtext,:now,:text,:status,:tacct,:tref,:victim,:rid);
insert into report_owner_proof (report_id, proof) values (:rid, :ptr);
select locator, sealed_ref from owner_pointer where locator = any(:locs);
-- Galloping search for the account's pointer count: about 6 probes at 100-200 reports per account.
select 1 from owner_pointer where locator = :p1; -- varies
select 1 from owner_pointer where locator = :p2; -- varies
select 1 from owner_pointer where locator = :p1; -- varies
select 1 from owner_pointer where locator = :p2; -- varies
select 1 from owner_pointer where locator = :p1; -- varies
select 1 from owner_pointer where locator = :p2; -- varies
insert into owner_pointer (locator, sealed_ref) values (:p1, :ref) on conflict (locator) do nothing;
insert into sealed_identity (ciphertext,fingerprint_set,key_id,sealed_at,report_id) values (:identity,:fpset,:keyid,:now,:rid);
update idempotency_record set report_id = :rid where key_index = :k;
insert into audit_event (action,actor,event_id,object_id,object_type,occurred_at,outcome,purpose,seal) values (:action,:actor,:eid,:rid,:otype,:now,:outcome,:purpose,:seal) returning *;
-- The chainer (AuditChainer) appends each event's chain row in its own batched transaction every 200 ms;
-- here the row rides in the report's transaction (no extra commit), which if anything raises the ceiling.
insert into audit_chain (seq, event_id, hash, chained_at) values (:seq, :seq, :h, now());
COMMIT;

