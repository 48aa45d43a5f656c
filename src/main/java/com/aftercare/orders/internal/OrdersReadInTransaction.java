package com.aftercare.orders.internal;

import com.aftercare.orders.OrderNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The orders the current transaction has read, so that it reads each once: a case's step reads its order, and the
 * mail queued in the same transaction needs the customer of that order again. Outside a transaction every read goes
 * to the database. Forgotten when the transaction ends, and when the transaction records the order anew.
 */
final class OrdersReadInTransaction {

    private static final Object KEY = new Object();

    private OrdersReadInTransaction() {
    }

    static Optional<StoredOrder> find(OrderNumber number, Function<OrderNumber, Optional<StoredOrder>> read) {
        Map<OrderNumber, StoredOrder> orders = current();
        if (orders == null) {
            return read.apply(number);
        }
        StoredOrder known = orders.get(number);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StoredOrder> found = read.apply(number);
        found.ifPresent(order -> orders.put(number, order));
        return found;
    }

    /** The order as this transaction read it, if it did. */
    static Optional<StoredOrder> known(OrderNumber number) {
        Map<OrderNumber, StoredOrder> orders = current();
        return orders == null ? Optional.empty() : Optional.ofNullable(orders.get(number));
    }

    static void forget(OrderNumber number) {
        Map<OrderNumber, StoredOrder> orders = current();
        if (orders != null) {
            orders.remove(number);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<OrderNumber, StoredOrder> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<OrderNumber, StoredOrder> orders = (Map<OrderNumber, StoredOrder>) TransactionSynchronizationManager.getResource(KEY);
        if (orders == null) {
            Map<OrderNumber, StoredOrder> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            orders = fresh;
        }
        return orders;
    }
}
