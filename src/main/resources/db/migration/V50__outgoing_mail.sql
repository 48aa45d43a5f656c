-- Every e-mail to a customer, written in the same transaction as what it is about (or by the
-- after-commit listener of a case event) and sent from here by the mail dispatcher. Nothing is
-- lost when the mail server is down (the row waits, with its next attempt), and nothing is sent
-- twice for one reason (dedupe_key is unique: a case event redelivered after a crash finds its
-- mail already here). Without an SMTP server (the demo) mail is delivered to this table only and
-- shown at /portal/mailbox.
create table outgoing_mail (
    id              bigint generated always as identity primary key,
    dedupe_key      text        not null unique,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text,
    link            text,
    created_at      timestamptz not null,
    status          varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    transport       varchar(10)
);

create index outgoing_mail_due on outgoing_mail (next_attempt_at) where status = 'PENDING';
create index outgoing_mail_by_recipient on outgoing_mail (lower(recipient), id);

-- The demo's stored messages (sign-in links) move over as delivered to the local mailbox.
insert into outgoing_mail (dedupe_key, recipient, subject, text_body, link, created_at, status, attempts,
                           next_attempt_at, sent_at, transport)
select 'demo-mail:' || id, recipient, subject, body, link, sent_at, 'SENT', 1, sent_at, sent_at, 'LOCAL'
  from demo_mail;

drop table demo_mail;
