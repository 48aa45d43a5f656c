package com.aftercare.orders.internal;

import com.aftercare.orders.Order;
import java.time.Instant;

/** An order with what the service knows about its storing: the API shows it, other modules need only {@link Order}. */
public record StoredOrder(Order order, Instant createdAt, Instant updatedAt, long version) {
}
