-- Images for moderators (issue 8 item 3): a copy decoded and re-encoded at upload with no metadata and
-- nothing after the image's end marker, and a small blurred preview, each AEAD-encrypted and bound to
-- the attachment. The original stays in attachment_blob, served to its reporter only.
create table attachment_moderator_copy (
    attachment_id uuid        primary key references attachment (id) on delete cascade,
    media_type    varchar(40) not null,
    width         integer     not null,
    height        integer     not null,
    content       bytea       not null,
    preview       bytea       not null
);

grant select, insert, delete on attachment_moderator_copy to ${app_role};
