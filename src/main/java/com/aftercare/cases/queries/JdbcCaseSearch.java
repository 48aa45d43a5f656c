package com.aftercare.cases.queries;

import com.aftercare.cases.CaseSearch;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's search: one term matched exactly against order numbers, serial numbers (of the
 * units sold and of the cases' items) and customer e-mail addresses, case-insensitively. Answers
 * the matching orders, newest first, each with its cases. The orders' side is read through the orders module's API,
 * never from its tables.
 */
@Service
class JdbcCaseSearch implements CaseSearch {

    /** The orders of the cases an item's serial number or the reference names: both on indexes (V60, V59). */
    static final String ORDERS_BY_CASE_SERIAL_OR_REFERENCE = """
            select c.order_number from case_file c join case_item i on i.case_id = c.id
             where case_item_serials_lower(i.serial_numbers) @> array[lower(:q)]
            union
            select c.order_number from case_file c where lower(c.reference) = lower(:q)""";

    private final JdbcClient jdbc;
    private final Orders orders;

    JdbcCaseSearch(JdbcClient jdbc, Orders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    @Override
    public List<OrderHit> search(String term) {
        String q = term == null ? "" : term.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        // What the orders know (number, e-mail, serials sold) they answer themselves; what only cases know (the
        // reference, a replacement unit's serial) is asked here.
        Set<OrderNumber> matched = new LinkedHashSet<>(orders.named(q, LIMIT));
        jdbc.sql(ORDERS_BY_CASE_SERIAL_OR_REFERENCE)
                .param("q", q)
                .query((rs, n) -> new OrderNumber(rs.getString(1))).list()
                .forEach(matched::add);
        List<Orders.Summary> newest = orders.newest(matched, LIMIT);
        if (newest.isEmpty()) {
            return List.of();
        }
        Map<String, List<CaseHit>> cases = new HashMap<>();
        jdbc.sql("""
                select order_number, id, reference, type, status, requested_at from case_file
                 where order_number = any(:numbers) order by requested_at desc""")
                .param("numbers", newest.stream().map(order -> order.number().value()).toArray(String[]::new))
                .query(rs -> {
                    cases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseHit(rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant().atZone(TurkishCalendar.ZONE)));
                });
        return newest.stream().map(order -> new OrderHit(order.number().value(), order.customerName(), order.customerEmail(),
                order.placedAt(), List.copyOf(cases.getOrDefault(order.number().value(), List.of())))).toList();
    }
}
