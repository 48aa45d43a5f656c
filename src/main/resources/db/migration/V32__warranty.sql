-- Warranty repairs (WAR-1..WAR-9, EXC-1..EXC-8): what a WARRANTY case knows of its unit, its
-- diagnosis, an optional paid-repair quote, the repair itself, the agent's confirmation that the
-- faults make the unit unusable (WAR-8 a-e) and the customer's remedy choice. A unit's warranty and
-- entitlement are derived from these rows (and its delivery), never kept as counters.
create table case_warranty (
    case_id            uuid          primary key references case_file on delete cascade,
    serial_number      varchar(64)   not null,
    waterproof         boolean       not null,
    cause              varchar(40),
    covered            boolean,
    quote_amount       numeric(12,2),
    quote_currency     char(3),
    quote_accepted     boolean,
    repair_started_at  timestamptz,
    repair_finished_at timestamptz,
    repair_outcome     varchar(20)   check (repair_outcome in ('FIXED', 'NOT_REPAIRABLE')),
    work_done          text,
    unusable_confirmed boolean,
    remedy_choice      varchar(20)   check (remedy_choice in ('REPLACEMENT', 'REFUND', 'DISCOUNT')),
    discount_rate      numeric(5,2)  check (discount_rate > 0 and discount_rate <= 100)
);

create index case_warranty_by_serial on case_warranty (serial_number);

-- WAR-5: the units the store lends while a repair runs late, and who has them.
create table loaner_unit (
    serial_number varchar(64)  primary key,
    model         varchar(200) not null,
    created_at    timestamptz  not null
);

create table loaner_loan (
    id            uuid        primary key,
    case_id       uuid        not null references case_file on delete cascade,
    loaner_serial varchar(64) not null references loaner_unit,
    lent_at       timestamptz not null,
    returned_at   timestamptz
);

-- a loaner is with one customer at a time
create unique index loaner_loan_one_at_a_time on loaner_loan (loaner_serial) where returned_at is null;
