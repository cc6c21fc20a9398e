-- pgbench replay of what ONE POST /v1/reports costs the database today, statement for statement
-- (bench/sql/intake-current.statements, captured from the running service by bench/check-statements.sh,
-- which fails when this file and the service disagree). Run with -M prepared as the runtime role.
-- Variables (-D) from bench/run.sh: payloads of the sizes the service writes (:text, :modtext, :identity,
-- :fpset, :seal, :state, :ref), constants (:category, ...), timestamps.
\set acct random(1, :accounts)
\set seq random(1, 4611686018427387903)
-- Fresh random values per report (\gset): the only statement that is not the service's own.
select gen_random_uuid() as rid, gen_random_uuid() as eid, sha256(random()::text::bytea) as k, sha256(random()::text::bytea) as bfp, sha256(random()::text::bytea) as ptr, sha256(('q' || :acct)::bytea) as qloc, sha256(('o' || :acct)::bytea) as pprev, sha256(random()::text::bytea) as p1, sha256(random()::text::bytea) as p2, sha256(random()::text::bytea) as h \gset

-- Round trips as the service makes them (D30): each \startpipeline ... \endpipeline block is one message
-- sequence with one Sync, as the JDBC driver sends BEGIN with a transaction's first statement and
-- TransactionSql's queued writes with the statement after them; a block ends where the service waits for an answer.

-- Transaction 1 (IdempotencyStore.claim, no JTA transaction): the key claim commits on its own, in
-- autocommit, one round trip. A fresh key is one insert; only a key held already costs the delete of an
-- expired or abandoned claim and a second insert. Its commit does not wait for the disk (D31): the setting
-- goes in the same message sequence, so both run in one implicit transaction.
\startpipeline
select set_config('synchronous_commit', 'off', true);
insert into idempotency_record (key_index, body_fingerprint, claimed_at, expires_at) values (:k, :bfp, :now, :day) on conflict (key_index) do nothing;
\endpipeline

-- Transaction 2 (ReportWriter): quota, report, ownership, sealed identity, idempotency completion, audit,
-- then the case join (CaseIntake) last, so the case row lock is held only until commit. Every statement is
-- plain SQL on the transaction's connection (common/TransactionSql): no Hibernate session is opened. Five
-- round trips before the commit (IntakePersistenceTest holds the count).
-- 1: the quota row's lock, whose sealed state the service decrypts and charges.
\startpipeline
BEGIN;
select sealed_state from quota_window where locator = :qloc for update;
\endpipeline
-- 2: the queued quota update, report and ownership proof go with the pointer insert, whose answer the service
-- needs (the account's remembered pointer count, checked and used in one insert: pointer n - 1 present, n
-- absent; :pprev is the account's standing pointer, seeded by bench/run.sh).
\startpipeline
update quota_window set sealed_state = :state where locator = :qloc;
insert into report (id, category, status, target_content_ref, target_account, involves_minor, victim_type, sealed_text, moderator_text, received_at, acknowledge_by, feedback_by) values (:rid, :category, :status, :tref, :tacct, :minor, :victim, :text, :modtext, :now, :later, :day);
insert into report_owner_proof (report_id, proof) values (:rid, :ptr);
insert into owner_pointer (locator, sealed_ref) select :p1, :ref where exists (select 1 from owner_pointer where locator = :pprev) on conflict (locator) do nothing;
\endpipeline
-- 3: the queued sealed identity goes with the idempotency completion, whose row count the service checks.
\startpipeline
insert into sealed_identity (report_id, key_id, ciphertext, fingerprint_set, sealed_at) values (:rid, :keyid, :identity, :fpset, :now);
update idempotency_record set report_id = :rid where key_index = :k and report_id is null and claimed_at = :now;
\endpipeline
-- 4: the queued audit event goes with the case lock. The chainer (AuditChainer) appends each event's chain row
-- in its own batched transaction every 200 ms; here the row rides in the report's transaction (no extra
-- round trip), which if anything raises the ceiling. Every report of this body names one target, so all of
-- them meet on one case row (created, with its evidence request, by the service's first report; its id is
-- :caseid, read by bench/run.sh: pgbench keeps no answer inside a pipeline).
\startpipeline
insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome, seal) values (:eid, :now, :actor, :action, :otype, :rid, :purpose, :outcome, :seal);
insert into audit_chain (seq, event_id, hash, chained_at) values (:seq, :seq, :h, now());
select id, status, audience, due_at, reporter_state, assignee, claim_expires_at from moderation_case where canonical_ref = :tref for no key update;
\endpipeline
-- 5: the case's update (the membership row and the changed case row, reporter state with a fresh nonce),
-- queued and sent by ReportWriter's flush; then the commit.
with member as (insert into case_report (report_id, case_id) values (:rid, :caseid)) update moderation_case set status = 'NEW', audience = 'MODERATOR', priority_level = 3, due_at = :day, reporter_state = :casestate, assignee = null, claim_expires_at = null where id = :caseid;
COMMIT;
