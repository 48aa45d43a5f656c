-- The office's search finds a case by a serial number on its items (a replacement unit's, say) without reading every
-- item: a GIN index on the item's serial numbers in lower case, which JdbcCaseSearch matches with the same function.
create function case_item_serials_lower(serials varchar[]) returns text[]
    language sql immutable strict parallel safe
    return array(select lower(s) from unnest(serials) s);

create index case_item_by_lower_serial on case_item using gin (case_item_serials_lower(serial_numbers));
