package com.aftercare.demo;

import com.aftercare.orders.Order;
import com.aftercare.orders.Orders;
import com.aftercare.orders.RecordOutcome;
import com.aftercare.policy.PolicyBook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo store's order history, loaded on the first start of the demo profile through the same
 * orders service as the API. Dates are relative to the clock so that every case a demo needs is
 * there: return windows still open (RET-1), one closing today (delivered 14 days ago), warranties
 * about to end (WAR-1), goods not yet delivered, a delivery short of an item (DLV-5).
 */
@Component
@Profile("demo")
class DemoOrders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);
    static final long SEED = 20_240_601L;
    static final int HISTORY_ORDERS = 200;
    /** Two and a half years of history. */
    static final int HISTORY_DAYS = 912;

    private final Orders orders;
    private final PolicyBook policyBook;
    private final Clock clock;
    private final ZoneId zone;

    DemoOrders(Orders orders, PolicyBook policyBook, Clock clock, @Value("${aftercare.zone:Europe/Istanbul}") ZoneId zone) {
        this.orders = orders;
        this.policyBook = policyBook;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orders.count() > 0) {
            return;
        }
        List<Order> demo = orders(LocalDate.ofInstant(clock.instant(), zone));
        for (Order order : demo) {
            if (orders.record(order) instanceof RecordOutcome.Rejected rejected) {
                throw new IllegalStateException("demo order " + order.number() + " breaks the rules: " + rejected.errors());
            }
        }
        log.info("Demo data: loaded {} orders (2.5 years of history, open return windows, warranties about to end, undelivered goods)", demo.size());
    }

    /** The demo orders, oldest first, as of {@code today}. */
    List<Order> orders(LocalDate today) {
        DemoOrderFactory factory = new DemoOrderFactory(new Random(SEED), policyBook, zone);
        Random days = new Random(SEED + 1);
        List<Order> history = new ArrayList<>();
        for (int i = 0; i < HISTORY_ORDERS; i++) {
            LocalDate placedOn = today.minusDays(HISTORY_DAYS - (long) i * (HISTORY_DAYS - 20) / HISTORY_ORDERS);
            history.add(factory.order(placedOn, placedOn.plusDays(1 + days.nextInt(4)), null));
        }
        // WAR-1: delivered a little under two years ago, so the warranty ends within weeks
        for (int daysAgo : new int[] {700, 712, 721, 726, 729}) {
            history.add(factory.order(today.minusDays(daysAgo + 2), today.minusDays(daysAgo), null));
        }
        // RET-1: return windows still open, and one closing today
        for (int daysAgo : new int[] {1, 2, 3, 5, 7, 9, 11, 13, 14}) {
            history.add(factory.order(today.minusDays(daysAgo + 2), today.minusDays(daysAgo), null));
        }
        // DLV-5: an item missing from the parcel, noted before signing
        history.add(factory.order(today.minusDays(6), today.minusDays(4), "Paket eksik teslim edildi: 1 ürün eksik (missing item), teslim öncesi not edildi"));
        // on their way: not delivered yet
        for (int daysAgo : new int[] {1, 1, 2, 2, 3, 4}) {
            history.add(factory.order(today.minusDays(daysAgo), null, null));
        }
        history.sort(java.util.Comparator.comparing(Order::placedAt));
        return history;
    }
}
