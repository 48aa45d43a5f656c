-- Webhooks: the store's other systems register URLs that receive each case event as signed JSON.
-- The secret is kept as issued (not as a digest like API tokens): the service needs it to sign every delivery.
create table webhook_endpoint (
    id                uuid          primary key,
    url               varchar(2000) not null,
    description       varchar(200),
    -- The timeline kinds this endpoint wants (CASE_OPENED, REFUND_ISSUED, ...); empty means every kind.
    kinds             varchar(40)[] not null default '{}',
    secret            text          not null,
    enabled           boolean       not null default true,
    created_at        timestamptz   not null,
    created_by        varchar(64)   not null,
    secret_rotated_at timestamptz
);

-- One row per endpoint and case event: written by the after-commit listener, so a redelivered event
-- (a retry after a crash) hits the unique key and adds nothing. The body is fixed when the row is
-- written, so every attempt sends the same bytes.
create table webhook_delivery (
    id               uuid         primary key,
    endpoint_id      uuid         not null references webhook_endpoint on delete cascade,
    event_id         bigint       not null,
    case_id          uuid         not null,
    kind             varchar(40)  not null,
    payload          text         not null,
    status           varchar(10)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    -- Attempts since the delivery was (re)queued: what the back-off and the give-up count.
    attempts         integer      not null default 0,
    -- When the dispatcher may send it next; a claim moves it forward by a lease, so a crash mid-send retries.
    next_attempt_at  timestamptz,
    claim_token      uuid,
    created_at       timestamptz  not null,
    delivered_at     timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

-- Every attempt to send a delivery: when, what the receiver answered (or why nothing came back), how long it took.
create table webhook_attempt (
    delivery_id uuid         not null references webhook_delivery on delete cascade,
    number      integer      not null,
    at          timestamptz  not null,
    status_code integer,
    error       varchar(500),
    duration_ms bigint       not null,
    primary key (delivery_id, number)
);
