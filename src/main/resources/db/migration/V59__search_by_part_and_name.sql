-- Search finds an order by part of its number, part of a unit's serial number or part of the customer's name,
-- case-insensitively, on trigram indexes (pg_trgm ships with PostgreSQL's contrib modules, the embedded server's
-- included); the same indexes serve the exact lookups. A case's reference is looked up by its lower case.
create extension if not exists pg_trgm;
create index orders_number_trgm on orders using gin (lower(order_number) gin_trgm_ops);
create index orders_customer_name_trgm on orders using gin (lower(customer_name) gin_trgm_ops);
create index order_units_serial_trgm on order_units using gin (lower(serial_number) gin_trgm_ops);
create index case_file_by_lower_reference on case_file (lower(reference));
