-- The customer portal's sign-in without passwords: an order number and the order's e-mail get a
-- one-time link. Only the SHA-256 digest of the link's random token is kept, so a copy of this
-- table signs nobody in; a link works once (used_at) and not after expires_at.
create table customer_link (
    token_digest text primary key,
    order_number text not null,
    email        text not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);

create index customer_link_by_order on customer_link (order_number, created_at);

-- Every link request, matched or not, so that asking is rate-limited per e-mail and per address
-- in PostgreSQL (across instances), whether or not the order exists.
create table customer_link_request (
    id           bigint generated always as identity primary key,
    email        text not null,
    address      text not null,
    requested_at timestamptz not null
);

create index customer_link_request_by_email on customer_link_request (email, requested_at);
create index customer_link_request_by_address on customer_link_request (address, requested_at);

-- Until the store sends e-mail (a later issue), messages to customers are kept here; the demo
-- shows them at /portal/mailbox.
create table demo_mail (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body       text not null,
    link       text,
    sent_at    timestamptz not null
);
