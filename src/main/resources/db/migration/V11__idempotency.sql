-- Idempotency-Key (API.md, "Conventions"): the first answer to a creating POST is kept, so the
-- same key with the same body returns it again and creates nothing; another body is a 422.
create table idempotency_record (
    caller          text not null,
    idempotency_key text not null,
    method          text not null,
    path            text not null,
    request_sha256  text,
    status          integer,
    content_type    text,
    response_body   bytea,
    location        text,
    created_at      timestamptz not null,
    completed_at    timestamptz,
    primary key (caller, idempotency_key)
);

create index idempotency_record_created_at on idempotency_record (created_at);
