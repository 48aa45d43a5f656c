package com.aftercare.orders.internal;

import com.aftercare.orders.Customer;
import com.aftercare.orders.Delivery;
import com.aftercare.orders.Invoice;
import com.aftercare.orders.InvoiceType;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.orders.Payment;
import com.aftercare.orders.PaymentMethod;
import com.aftercare.orders.SerialNumber;
import com.aftercare.orders.Unit;
import com.aftercare.policy.ProductCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders in their tables (V20__orders.sql). Writes many orders with JDBC batches: the import stores 500 at a time. */
@Repository
class OrderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ZoneId storeZone;

    OrderRepository(JdbcClient jdbc, JdbcTemplate batches, @Value("${aftercare.zone:Europe/Istanbul}") ZoneId storeZone) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.storeZone = storeZone;
    }

    Optional<StoredOrder> find(OrderNumber number) {
        return jdbc.sql("""
                        select o.order_number, o.placed_at, o.customer_email, o.customer_name, o.customer_phone, o.customer_locale,
                               o.created_at, o.updated_at, o.version,
                               i.invoice_number, i.invoice_type, i.tax_number, i.company_name,
                               p.method, p.card_program, p.installments, p.total_amount, p.currency,
                               d.carrier, d.delivered_at, d.signed_by, d.remarks
                          from orders o
                          join order_invoices i using (order_number)
                          join order_payments p using (order_number)
                          left join order_deliveries d using (order_number)
                         where o.order_number = :number
                        """)
                .param("number", number.value())
                .query((rs, row) -> storedOrder(rs, linesOf(number)))
                .optional();
    }

    Optional<Unit> findUnit(SerialNumber serialNumber) {
        return jdbc.sql("""
                        select u.serial_number, u.order_number, u.line_id, l.sku, l.name, l.category, l.waterproof, d.delivered_at
                          from order_units u
                          join order_lines l using (order_number, line_id)
                          left join order_deliveries d using (order_number)
                         where u.serial_number = :serial
                        """)
                .param("serial", serialNumber.value())
                .query((rs, row) -> new Unit(new SerialNumber(rs.getString("serial_number")), new OrderNumber(rs.getString("order_number")),
                        rs.getString("line_id"), rs.getString("sku"), rs.getString("name"), ProductCategory.valueOf(rs.getString("category")),
                        rs.getBoolean("waterproof"), moment(rs, "delivered_at")))
                .optional();
    }

    /** Which of these serial numbers are already sold, and on which order. */
    Map<SerialNumber, OrderNumber> ownersOf(Collection<SerialNumber> serialNumbers) {
        if (serialNumbers.isEmpty()) {
            return Map.of();
        }
        Map<SerialNumber, OrderNumber> owners = new HashMap<>();
        jdbc.sql("select serial_number, order_number from order_units where serial_number in (:serials)")
                .param("serials", serialNumbers.stream().map(SerialNumber::value).toList())
                .query(rs -> {
                    owners.put(new SerialNumber(rs.getString(1)), new OrderNumber(rs.getString(2)));
                });
        return owners;
    }

    Set<OrderNumber> existing(Collection<OrderNumber> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select order_number from orders where order_number in (:numbers)")
                .param("numbers", numbers.stream().map(OrderNumber::value).toList())
                .query((rs, row) -> new OrderNumber(rs.getString(1)))
                .list());
    }

    List<OrderNumber> named(String term, int limit) {
        // A part of three characters or more is looked for inside (the trigram indexes of V59 serve it); shorter
        // terms match whole values only. The term's own % and _ are taken literally.
        String literal = term.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String pattern = term.length() < 3 ? literal : "%" + literal + "%";
        return jdbc.sql("""
                select o.order_number from orders o
                 where o.order_number in (select order_number from orders
                                           where lower(order_number) like :pattern or lower(customer_name) like :pattern
                                              or lower(customer_email) = lower(:q)
                                          union
                                          select order_number from order_units where lower(serial_number) like :pattern)
                 order by o.placed_at desc, o.order_number
                 limit :limit""")
                .param("q", term).param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> new OrderNumber(rs.getString(1))).list();
    }

    Optional<com.aftercare.orders.Customer> customerOf(OrderNumber number) {
        return jdbc.sql("select customer_email, customer_name, customer_phone, customer_locale from orders where order_number = ?")
                .param(number.value())
                .query((rs, n) -> new com.aftercare.orders.Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    List<Orders.Summary> newest(Collection<OrderNumber> numbers, int limit) {
        return jdbc.sql("""
                select order_number, customer_name, customer_email, placed_at from orders
                 where order_number = any(:numbers)
                 order by placed_at desc, order_number limit :limit""")
                .param("numbers", numbers.stream().map(OrderNumber::value).toArray(String[]::new)).param("limit", limit)
                .query((rs, n) -> new Orders.Summary(new OrderNumber(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from orders").query(Long.class).single();
    }

    /** Stores new orders; a number that exists already fails the whole batch (the caller then stores one by one). */
    void insert(List<Order> orders, Instant now) {
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        batches.batchUpdate("""
                        insert into orders (order_number, placed_at, customer_email, customer_name, customer_phone, customer_locale,
                                            created_at, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """,
                orders.stream().map(order -> new Object[] {order.number().value(), order.placedAt(), order.customer().email(),
                        order.customer().name(), order.customer().phone(), order.customer().locale(), stamp, stamp}).toList());
        insertDetails(orders);
    }

    /** Replaces an order as a whole, if nobody changed it since {@code expectedVersion} was read. */
    void replace(Order order, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        update orders
                           set placed_at = :placedAt, customer_email = :email, customer_name = :name, customer_phone = :phone,
                               customer_locale = :locale, updated_at = :now, version = version + 1
                         where order_number = :number and version = :version
                        """)
                .param("placedAt", order.placedAt())
                .param("email", order.customer().email())
                .param("name", order.customer().name())
                .param("phone", order.customer().phone())
                .param("locale", order.customer().locale())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("number", order.number().value())
                .param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("order " + order.number() + " was changed by someone else at the same time");
        }
        for (String table : List.of("order_lines", "order_invoices", "order_payments", "order_deliveries")) {
            // the table names are this class's own constants, never input; order_units cascade from order_lines
            jdbc.sql("delete from " + table + " where order_number = :number").param("number", order.number().value()).update();
        }
        insertDetails(List.of(order));
    }

    private void insertDetails(List<Order> orders) {
        batches.batchUpdate("insert into order_invoices (order_number, invoice_number, invoice_type, tax_number, company_name) values (?, ?, ?, ?, ?)",
                orders.stream().map(order -> new Object[] {order.number().value(), order.invoice().number(), order.invoice().type().name(),
                        order.invoice().taxNumber(), order.invoice().companyName()}).toList());
        batches.batchUpdate("insert into order_payments (order_number, method, card_program, installments, total_amount, currency) values (?, ?, ?, ?, ?, ?)",
                orders.stream().map(order -> new Object[] {order.number().value(), order.payment().method().name(), order.payment().cardProgram(),
                        order.payment().installments(), order.payment().total().amount(), order.payment().total().currency()}).toList());
        batches.batchUpdate("insert into order_deliveries (order_number, carrier, delivered_at, signed_by, remarks) values (?, ?, ?, ?, ?)",
                orders.stream().filter(Order::isDelivered).map(order -> new Object[] {order.number().value(), order.delivery().carrier(),
                        order.delivery().deliveredAt(), order.delivery().signedBy(), order.delivery().remarks()}).toList());
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> units = new ArrayList<>();
        for (Order order : orders) {
            for (int position = 0; position < order.lines().size(); position++) {
                OrderLine line = order.lines().get(position);
                lines.add(new Object[] {order.number().value(), line.lineId(), position, line.sku(), line.name(), line.category().name(),
                        line.waterproof(), line.unitPrice().amount(), line.unitPrice().currency(), line.quantity()});
                for (int unit = 0; unit < line.serialNumbers().size(); unit++) {
                    units.add(new Object[] {line.serialNumbers().get(unit).value(), order.number().value(), line.lineId(), unit});
                }
            }
        }
        batches.batchUpdate("""
                insert into order_lines (order_number, line_id, position, sku, name, category, waterproof, unit_price, currency, quantity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lines);
        batches.batchUpdate("insert into order_units (serial_number, order_number, line_id, position) values (?, ?, ?, ?)", units);
    }

    /** The order's lines with their units' serial numbers: one query. */
    private List<OrderLine> linesOf(OrderNumber number) {
        return jdbc.sql("""
                        select l.line_id, l.sku, l.name, l.category, l.waterproof, l.unit_price, l.currency, l.quantity,
                               array(select u.serial_number from order_units u
                                      where u.order_number = l.order_number and u.line_id = l.line_id
                                      order by u.position) as serial_numbers
                          from order_lines l where l.order_number = :number order by l.position""")
                .param("number", number.value())
                .query((rs, n) -> new OrderLine(rs.getString("line_id"), rs.getString("sku"), rs.getString("name"),
                        ProductCategory.valueOf(rs.getString("category")), rs.getBoolean("waterproof"),
                        new Money(rs.getBigDecimal("unit_price"), rs.getString("currency")), rs.getInt("quantity"),
                        Arrays.stream((String[]) rs.getArray("serial_numbers").getArray()).map(SerialNumber::new).toList()))
                .list();
    }

    private StoredOrder storedOrder(ResultSet rs, List<OrderLine> lines) throws SQLException {
        Customer customer = new Customer(rs.getString("customer_email"), rs.getString("customer_name"),
                rs.getString("customer_phone"), rs.getString("customer_locale"));
        Invoice invoice = new Invoice(rs.getString("invoice_number"), InvoiceType.valueOf(rs.getString("invoice_type")),
                rs.getString("tax_number"), rs.getString("company_name"));
        Payment payment = new Payment(PaymentMethod.valueOf(rs.getString("method")), rs.getString("card_program"),
                rs.getInt("installments"), new Money(rs.getBigDecimal("total_amount"), rs.getString("currency")));
        Delivery delivery = rs.getString("carrier") == null ? null
                : new Delivery(rs.getString("carrier"), moment(rs, "delivered_at"), rs.getString("signed_by"), rs.getString("remarks"));
        Order order = new Order(new OrderNumber(rs.getString("order_number")), moment(rs, "placed_at"), customer, invoice, payment, lines, delivery);
        return new StoredOrder(order, moment(rs, "created_at").toInstant(), moment(rs, "updated_at").toInstant(), rs.getLong("version"));
    }

    /** Moments come back in the store's zone, as the shop sent them after {@link OrderService} normalised them. */
    private OffsetDateTime moment(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(storeZone).toOffsetDateTime();
    }
}
