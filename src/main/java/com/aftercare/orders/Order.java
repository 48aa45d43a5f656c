package com.aftercare.orders;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An order as the shop's system reports it: what was sold to whom, how it was paid and when it
 * arrived.
 *
 * @param placedAt the moment of the purchase; the policy version in force that day sets its installments (PAY-1, PAY-2)
 * @param delivery null until the goods arrive
 */
public record Order(OrderNumber number, OffsetDateTime placedAt, Customer customer, Invoice invoice, Payment payment,
                    List<OrderLine> lines, Delivery delivery) {

    public Order {
        lines = List.copyOf(lines);
    }

    public boolean isDelivered() {
        return delivery != null;
    }

    public Optional<OrderLine> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }
}
