-- The content of a case's photos, videos and documents moves out of case_attachment into a store of
-- its own (the evidence module's EvidenceStore), keyed by the attachment's id. The case keeps what
-- the file is; another store (S3-compatible) can hold the bytes instead without touching the cases.
create table evidence_content (
    key          uuid         primary key,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    stored_at    timestamptz  not null
);

-- Nothing uploaded before is lost: every attachment's content comes along, under its id.
insert into evidence_content (key, content_type, size_bytes, sha256, content, stored_at)
select id, content_type, size_bytes, sha256, content, uploaded_at
  from case_attachment;

alter table case_attachment drop column content;
