-- Self-identifier scrubbing (issue 8 item 2): the report text as moderators will read it, with every
-- form of the reporter's own identifiers replaced by [REPORTER] and other personal data by typed
-- placeholders, AEAD-encrypted and bound to the report. The text as written stays in sealed_text and
-- is served to its reporter only. Null for reports filed before this migration.
alter table report add column moderator_text bytea;
