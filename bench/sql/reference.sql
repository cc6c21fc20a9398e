-- FROZEN reference shape of one report (issue 10). NEVER CHANGE THIS FILE: it is the fixed yardstick
-- ("reference ceiling") the service is compared with, whatever intake issues today. Schema:
-- bench/sql/reference-schema.sql (also frozen). Run by bench/run.sh with pgbench -M prepared;
-- payload variables use the frozen sizes in bench/run.sh (REF_* constants).
-- Shape: idempotency claim (own commit); then report row, sealed identity row, 7 fingerprint rows,
-- idempotency completion and audit event in one transaction. Two commits per report.
select gen_random_uuid() as rid, gen_random_uuid() as eid, sha256(random()::text::bytea) as k, sha256(random()::text::bytea) as bfp, sha256(random()::text::bytea) as f1, sha256(random()::text::bytea) as f2, sha256(random()::text::bytea) as f3, sha256(random()::text::bytea) as f4, sha256(random()::text::bytea) as f5, sha256(random()::text::bytea) as f6, sha256(random()::text::bytea) as f7 \gset
BEGIN;
insert into idempotency_record (key_index, body_fingerprint, claimed_at, expires_at) values (:k, :bfp, :now, :day) on conflict (key_index) do nothing;
COMMIT;
BEGIN;
insert into report (id, category, status, target_content_ref, target_account, involves_minor, victim_type, sealed_text, received_at, acknowledge_by, feedback_by, moderator_text) values (:rid, :category, :status, :tref, :tacct, :minor, :victim, :text, :now, :later, :day, :modtext);
insert into sealed_identity (report_id, key_id, ciphertext, sealed_at, fingerprint_set) values (:rid, :keyid, :identity, :now, null);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f1);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f2);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f3);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f4);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f5);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f6);
insert into identity_fingerprint (report_id, fingerprint) values (:rid, :f7);
update idempotency_record set report_id = :rid where key_index = :k;
insert into audit_event (event_id, occurred_at, actor, action, object_type, object_id, purpose, outcome, seal) values (:eid, :now, :actor, :action, :otype, :rid, :purpose, :outcome, :seal);
COMMIT;
