-- Issue 7 (threats T24, T5). Runs as the owner role.

-- Approval evidence: each decision is signed by the unseal executor with a key no API pod and no
-- database role holds. The executor counts only decisions whose signature verifies over
-- (request, report, requester, approver, decision, legal basis, execution deadline); a row written
-- by SQL, or a request set to APPROVED by SQL, is refused at execution. Rows from before this
-- migration have no evidence and can no longer be executed (file a new request).
alter table unseal_approval add column execution_deadline timestamptz;
alter table unseal_approval add column signature bytea;

-- Event seals: each audit event carries a signature by the service's audit key over its fields,
-- made when the event is written. The chainer checks it before chaining, so an event edited or
-- forged in the database before it was chained raises an alarm instead of being signed into a checkpoint.
alter table audit_event add column seal bytea;
