package com.aftercare.cases.internal;

import java.sql.Timestamp;
import com.aftercare.calendar.TurkishCalendar;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's search: one term matched exactly against order numbers, serial numbers (of the
 * units sold and of the cases' items) and customer e-mail addresses, case-insensitively. Answers
 * the matching orders, newest first, each with its cases.
 */
@Service
public class CaseSearch {

    /** At most this many orders; a term this broad should be narrowed. */
    public static final int LIMIT = 50;

    public record OrderHit(String orderNumber, String customerName, String customerEmail, Instant placedAt, List<CaseHit> cases) {
    }

    public record CaseHit(UUID id, String reference, String type, String status, ZonedDateTime requestedAt) {
    }

    private final JdbcClient jdbc;

    CaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<OrderHit> search(String term) {
        String q = term == null ? "" : term.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        record Row(String order, String name, String email, Timestamp placed, UUID caseId, String reference, String type,
                   String status, Timestamp requested) {
        }
        List<Row> rows = jdbc.sql("""
                with matched as (
                    select o.order_number from orders o
                     where lower(o.order_number) = lower(:q) or lower(o.customer_email) = lower(:q)
                    union
                    select u.order_number from order_units u where lower(u.serial_number) = lower(:q)
                    union
                    select c.order_number from case_file c join case_item i on i.case_id = c.id
                     where exists (select 1 from unnest(i.serial_numbers) s where lower(s) = lower(:q))
                    union
                    select c.order_number from case_file c where lower(c.reference) = lower(:q)),
                newest as (
                    select o.* from orders o where o.order_number in (select order_number from matched)
                     order by o.placed_at desc, o.order_number limit :limit)
                select o.order_number, o.customer_name, o.customer_email, o.placed_at,
                       c.id, c.reference, c.type, c.status, c.requested_at
                  from newest o
                  left join case_file c on c.order_number = o.order_number
                 order by o.placed_at desc, o.order_number, c.requested_at desc""")
                .param("q", q).param("limit", LIMIT)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9)))
                .list();
        Map<String, OrderHit> orders = new LinkedHashMap<>();
        for (Row row : rows) {
            OrderHit hit = orders.computeIfAbsent(row.order(),
                    k -> new OrderHit(row.order(), row.name(), row.email(), row.placed().toInstant(), new ArrayList<>()));
            if (row.caseId() != null) {
                hit.cases().add(new CaseHit(row.caseId(), row.reference(), row.type(), row.status(), row.requested().toInstant().atZone(TurkishCalendar.ZONE)));
            }
        }
        return orders.values().stream().map(o -> new OrderHit(o.orderNumber(), o.customerName(), o.customerEmail(), o.placedAt(),
                List.copyOf(o.cases()))).toList();
    }
}
