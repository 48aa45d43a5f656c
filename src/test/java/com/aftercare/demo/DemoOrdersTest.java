package com.aftercare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.orders.Orders;
import com.aftercare.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's store, loaded at start-up into this context's own database. */
@IntegrationTest
@ActiveProfiles("demo")
class DemoOrdersTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Autowired
    DemoOrders demo;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    @DisplayName("a store of 200+ orders with every situation a demo needs")
    void theMix() {
        assertThat(orders.count()).isGreaterThanOrEqualTo(200);
        assertThat(count("select count(*) from order_invoices where invoice_type = 'CORPORATE' and tax_number ~ '^[0-9]{10}$' and company_name is not null"))
                .isGreaterThan(10);
        assertThat(count("select count(*) from order_invoices where invoice_type = 'INDIVIDUAL'")).isGreaterThan(100);
        assertThat(count("select count(*) from order_payments where card_program = 'WORLD' and installments > 1")).isGreaterThan(5);
        assertThat(count("select count(*) from order_payments where method = 'CARD' and card_program is null and installments > 1")).isPositive();
        assertThat(count("select count(*) from order_payments where method = 'BANK_TRANSFER'")).isPositive();
        assertThat(count("select count(*) from order_payments where method = 'CASH_ON_DELIVERY'")).isPositive();
        assertThat(count("select count(*) from order_deliveries where carrier in ('PTT Kargo', 'MNG Kargo')")).isPositive();
        assertThat(count("select count(*) from order_deliveries where carrier in ('Yurtiçi Kargo', 'Aras Kargo')")).isPositive();
        assertThat(count("select count(*) from orders o where not exists (select 1 from order_deliveries d where d.order_number = o.order_number)"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from order_deliveries where remarks ilike '%missing%'")).isEqualTo(1);
        assertThat(count("select count(*) from order_lines where category = 'SMART_WATCH'")).isPositive();
        assertThat(count("select count(*) from order_lines where category = 'WATCH' and not waterproof")).isPositive();
        assertThat(count("select count(*) from order_lines where category = 'HEADPHONES'")).isPositive();
        assertThat(count("select count(*) from orders where customer_email not like '%@example.com'")).isZero();
        assertThat(count("select count(*) from orders where customer_phone <> '0555 000 00 00'")).isZero();
    }

    @Test
    @DisplayName("deliveries relative to today: open return windows, one exactly 14 days ago, warranties about to end, 2.5 years back")
    void datesRelativeToTheClock() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ISTANBUL);
        assertThat(deliveredOn(today.minusDays(14))).isEqualTo(1);
        long recent = 0;
        for (int daysAgo = 1; daysAgo <= 13; daysAgo++) {
            recent += deliveredOn(today.minusDays(daysAgo));
        }
        assertThat(recent).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from order_deliveries where (delivered_at at time zone 'Europe/Istanbul')::date between :from and :to")
                .param("from", today.minusDays(730)).param("to", today.minusDays(690)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select min((placed_at at time zone 'Europe/Istanbul')::date) from orders").query(LocalDate.class).single())
                .isBefore(today.minusYears(2).minusMonths(5));
    }

    @Test
    @DisplayName("a second start loads nothing more, and the data is the same every time (seeded)")
    void firstStartOnly() throws Exception {
        long before = orders.count();
        demo.run(new DefaultApplicationArguments());
        assertThat(orders.count()).isEqualTo(before);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ISTANBUL);
        assertThat(demo.orders(today)).isEqualTo(demo.orders(today));
    }

    private long deliveredOn(LocalDate day) {
        return jdbc.sql("select count(*) from order_deliveries where (delivered_at at time zone 'Europe/Istanbul')::date = :day")
                .param("day", day).query(Long.class).single();
    }

    @Test
    @DisplayName("the demo's queues have work on the first start: a return, a late refund, photos asked for, a repair owing a loaner")
    void demoCases() {
        assertThat(count("select count(*) from case_file where type = 'RETURN' and status = 'REQUESTED'")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from case_deadline where kind = 'REFUND' and met is null and due < now()")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from case_file where type = 'DEFECT_AFTER_DELIVERY' and status = 'AWAITING_PHOTOS'")).isEqualTo(1);
        assertThat(count("select count(*) from case_deadline where kind = 'LOANER' and met is null and due < now()")).isEqualTo(1);
        assertThat(count("select count(*) from case_event where actor = 'demo-agent'")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from loaner_unit")).isEqualTo(3);
    }
}
