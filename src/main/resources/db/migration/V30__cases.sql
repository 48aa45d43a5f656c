-- After-sales cases (module "cases"): one request about one order, its items, the steps of its
-- life, its clocks and its timeline. A case copies what it needs of the order's lines (name,
-- category, price) so that a later replacement of the order by the shop cannot change a case.

create sequence case_reference_seq;

create table case_file (
    id                uuid         primary key,
    reference         varchar(20)  not null unique,
    type              varchar(30)  not null,
    status            varchar(30)  not null,
    order_number      varchar(40)  not null references orders,
    channel           varchar(20)  not null,
    requested_at      timestamptz  not null,
    description       text,
    fault_code        varchar(40),
    fault_description text,
    remedy            varchar(20),
    policy_version    varchar(40)  not null,
    decision          jsonb        not null,
    opened_by         varchar(64)  not null,
    opened_at         timestamptz  not null,
    updated_at        timestamptz  not null,
    -- optimistic locking: two people acting on one case never both win
    version           integer      not null default 0,
    constraint case_file_type check (type in ('RETURN', 'DAMAGED_ON_DELIVERY', 'DEFECT_AFTER_DELIVERY', 'MISSING_ITEM', 'WRONG_ITEM', 'WARRANTY')),
    constraint case_file_channel check (channel in ('WEB', 'PHONE', 'EMAIL', 'FAX', 'REGISTERED_LETTER', 'IN_PERSON')),
    constraint case_file_remedy check (remedy is null or remedy in ('REFUND', 'REPLACEMENT'))
);

create index case_file_by_order on case_file (order_number);
create index case_file_by_type_status on case_file (type, status);

create table case_item (
    case_id        uuid          not null references case_file on delete cascade,
    position       smallint      not null,
    line_id        varchar(40)   not null,
    serial_numbers varchar(64)[] not null default '{}',
    quantity       integer       not null check (quantity >= 1),
    sku            varchar(64)   not null,
    name           varchar(200)  not null,
    category       varchar(20)   not null,
    unit_price     numeric(12,2) not null,
    currency       char(3)       not null,
    verdict        jsonb         not null,
    primary key (case_id, position)
);

create index case_item_by_serial on case_item using gin (serial_numbers);

-- Every clock running on a case (API.md "deadlines"); met stays null while it runs.
create table case_deadline (
    case_id    uuid        not null references case_file on delete cascade,
    kind       varchar(30) not null,
    due        timestamptz not null,
    clause     varchar(10) not null,
    met        boolean,
    settled_at timestamptz,
    primary key (case_id, kind)
);

create index case_deadline_open on case_deadline (due) where met is null;

-- The timeline: every event of a case, oldest first, with who did it and the clauses applied.
create table case_event (
    id       bigserial    primary key,
    case_id  uuid         not null references case_file on delete cascade,
    at       timestamptz  not null,
    actor    varchar(64)  not null,
    kind     varchar(40)  not null,
    clauses  varchar(10)[] not null default '{}',
    details  jsonb        not null default '{}'
);

create index case_event_by_case on case_event (case_id, id);

-- Shipments of a case's goods, either way, with who pays (RET-5, GEN-5).
create table case_shipment (
    id                   uuid         primary key,
    case_id              uuid         not null references case_file on delete cascade,
    direction            varchar(20)  not null check (direction in ('TO_STORE', 'TO_CUSTOMER')),
    carrier              varchar(100) not null,
    store_arranged       boolean      not null,
    pickup_code          varchar(60),
    tracking_number      varchar(60),
    payer                varchar(20)  not null check (payer in ('STORE', 'CUSTOMER')),
    payer_decision       jsonb        not null,
    arranged_at          timestamptz  not null,
    picked_up_at         timestamptz
);

create index case_shipment_by_case on case_shipment (case_id);

-- Receipt at the store (GEN-1, GEN-2, GEN-4, DLV-2): it starts the refund clock (RET-6).
create table case_receipt (
    case_id                uuid        primary key references case_file on delete cascade,
    received_at            timestamptz not null,
    packaging              varchar(10) not null check (packaging in ('INTACT', 'DAMAGED', 'MISSING')),
    signed_return_form     boolean     not null,
    original_invoice       boolean     not null,
    company_return_invoice boolean     not null,
    notes                  text,
    verdict                jsonb       not null,
    recorded_by            varchar(64) not null
);

-- The technical service's inspection of one item (RET-3, RET-4, GEN-3).
create table case_inspection (
    id                  uuid        primary key,
    case_id             uuid        not null references case_file on delete cascade,
    item_position       smallint    not null,
    used                boolean     not null,
    data_transferred    boolean     not null,
    paired              boolean     not null,
    hygiene_seal_opened boolean     not null,
    no_fault_found      boolean     not null,
    evidence            uuid[]      not null default '{}',
    notes               text,
    verdict             jsonb       not null,
    inspected_at        timestamptz not null,
    inspected_by        varchar(64) not null,
    unique (case_id, item_position)
);

-- Photos, videos and reports on a case (RET-5's visual evidence, DLV-3's damage report, ...).
create table case_attachment (
    id           uuid         primary key,
    case_id      uuid         not null references case_file on delete cascade,
    kind         varchar(20)  not null,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    description  text,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(64)  not null
);

create index case_attachment_by_case on case_attachment (case_id);

-- The refund by the original payment method (RET-6, PAY-3).
create table case_refund (
    case_id          uuid          primary key references case_file on delete cascade,
    amount           numeric(12,2) not null check (amount > 0),
    currency         char(3)       not null,
    destination      varchar(30)   not null,
    iban             varchar(34),
    reversals        jsonb         not null default '[]',
    expected_from    date,
    expected_until   date,
    decision         jsonb         not null,
    issued_at        timestamptz   not null,
    issued_by        varchar(64)   not null
);

-- A replacement unit shipped at the store's cost.
create table case_replacement (
    case_id         uuid          primary key references case_file on delete cascade,
    carrier         varchar(100)  not null,
    tracking_number varchar(60),
    serial_numbers  varchar(64)[] not null default '{}',
    shipped_at      timestamptz   not null,
    shipped_by      varchar(64)   not null
);
