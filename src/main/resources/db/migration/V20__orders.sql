-- Orders as the shop reports them (module "orders"). One order is replaced as a whole: its
-- child rows are deleted and written again in one transaction, so every child cascades.

create table orders (
    order_number    varchar(40)  primary key,
    placed_at       timestamptz  not null,
    customer_email  varchar(254) not null,
    customer_name   varchar(200) not null,
    customer_phone  varchar(40),
    customer_locale varchar(2)   not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    -- optimistic locking: two writers of one order never both win
    version         bigint       not null default 0,
    constraint orders_number_format check (order_number ~ '^[A-Za-z0-9_-]{1,40}$'),
    constraint orders_customer_locale check (customer_locale in ('en', 'tr'))
);

create index orders_by_placed_at on orders (placed_at);
-- the customer portal finds an order by its number and the buyer's e-mail
create index orders_by_customer_email on orders (lower(customer_email));

-- DLV-2: who the goods were invoiced to decides how they come back
create table order_invoices (
    order_number   varchar(40)  primary key references orders on delete cascade,
    invoice_number varchar(60)  not null,
    invoice_type   varchar(12)  not null,
    tax_number     varchar(11),
    company_name   varchar(200),
    constraint order_invoices_type check (invoice_type in ('INDIVIDUAL', 'CORPORATE')),
    -- a company's invoice carries its 10-digit VKN and its name
    constraint order_invoices_corporate check (invoice_type <> 'CORPORATE'
        or (tax_number ~ '^[0-9]{10}$' and company_name is not null)),
    -- a person's tax number, when given, is the 11-digit TCKN
    constraint order_invoices_individual check (invoice_type <> 'INDIVIDUAL'
        or tax_number is null or tax_number ~ '^[0-9]{11}$')
);

-- PAY-1, PAY-2, PAY-3: how it was paid decides how it is refunded
create table order_payments (
    order_number varchar(40)   primary key references orders on delete cascade,
    method       varchar(20)   not null,
    card_program varchar(30),
    installments smallint      not null,
    total_amount numeric(12,2) not null,
    currency     char(3)       not null,
    constraint order_payments_method check (method in ('CARD', 'BANK_TRANSFER', 'CASH_ON_DELIVERY')),
    constraint order_payments_installments check (installments between 1 and 12),
    constraint order_payments_installments_by_card check (method = 'CARD' or (installments = 1 and card_program is null)),
    constraint order_payments_total check (total_amount >= 0),
    constraint order_payments_currency check (currency ~ '^[A-Z]{3}$')
);

create table order_lines (
    order_number varchar(40)   not null references orders on delete cascade,
    line_id      varchar(40)   not null,
    position     smallint      not null,
    sku          varchar(64)   not null,
    name         varchar(200)  not null,
    category     varchar(20)   not null,
    waterproof   boolean       not null,
    unit_price   numeric(12,2) not null,
    currency     char(3)       not null,
    quantity     integer       not null,
    primary key (order_number, line_id),
    constraint order_lines_position unique (order_number, position),
    constraint order_lines_category check (category in ('WATCH', 'SMART_WATCH', 'HEADPHONES', 'CHARGER', 'STRAP', 'ACCESSORY')),
    constraint order_lines_unit_price check (unit_price >= 0),
    constraint order_lines_currency check (currency ~ '^[A-Z]{3}$'),
    constraint order_lines_quantity check (quantity >= 1)
);

-- One row per sold unit: a serial number is sold once, across all orders. The warranty ledger
-- (WAR-1..WAR-3) looks a unit up here; its category and waterproofness are its line's.
create table order_units (
    serial_number varchar(64) primary key,
    order_number  varchar(40) not null,
    line_id       varchar(40) not null,
    position      smallint    not null,
    foreign key (order_number, line_id) references order_lines on delete cascade
);

create index order_units_by_line on order_units (order_number, line_id);

-- RET-1 and WAR-2 count from this moment
create table order_deliveries (
    order_number varchar(40)  primary key references orders on delete cascade,
    carrier      varchar(100) not null,
    delivered_at timestamptz  not null,
    signed_by    varchar(200),
    remarks      varchar(2000)
);
