package com.aftercare.orders.internal;

import com.aftercare.orders.Delivery;
import com.aftercare.orders.FieldError;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.OrderRecorded;
import com.aftercare.orders.Orders;
import com.aftercare.orders.RecordOutcome;
import com.aftercare.orders.SerialNumber;
import com.aftercare.orders.Unit;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Records orders one at a time (the API, the demo data) or many at a time (the import). */
@Service
public class OrderService implements Orders {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository repository;
    private final OrderRules rules;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId storeZone;

    OrderService(OrderRepository repository, OrderRules rules, ApplicationEventPublisher events, TransactionTemplate transaction,
                 Clock clock, @Value("${aftercare.zone:Europe/Istanbul}") ZoneId storeZone) {
        this.repository = repository;
        this.rules = rules;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    @Override
    public Optional<Order> find(OrderNumber number) {
        return OrdersReadInTransaction.find(number, repository::find).map(StoredOrder::order);
    }

    @Override
    public Optional<com.aftercare.orders.Customer> customerOf(OrderNumber number) {
        return OrdersReadInTransaction.known(number).map(stored -> stored.order().customer())
                .or(() -> repository.customerOf(number));
    }

    public Optional<StoredOrder> findStored(OrderNumber number) {
        return repository.find(number);
    }

    @Override
    public Optional<Unit> findUnit(SerialNumber serialNumber) {
        return repository.findUnit(serialNumber);
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public List<OrderNumber> named(String term, int limit) {
        return term == null || term.isBlank() ? List.of() : repository.named(term.strip(), limit);
    }

    @Override
    public List<Summary> newest(Collection<OrderNumber> numbers, int limit) {
        return numbers.isEmpty() ? List.of() : repository.newest(numbers, limit);
    }

    @Override
    public RecordOutcome record(Order order) {
        Order normalised = normalise(order);
        List<FieldError> errors = rules.check(normalised);
        return transaction.execute(status -> {
            errors.addAll(serialsSoldElsewhere(normalised, repository.ownersOf(serialNumbers(normalised)), Map.of()));
            if (!errors.isEmpty()) {
                return new RecordOutcome.Rejected(errors);
            }
            Optional<StoredOrder> existing = repository.find(normalised.number());
            if (existing.isPresent() && existing.get().order().equals(normalised)) {
                return new RecordOutcome.Unchanged(existing.get().order());
            }
            OrdersReadInTransaction.forget(normalised.number());
            if (existing.isPresent()) {
                repository.replace(normalised, existing.get().version(), clock.instant());
            } else {
                repository.insert(List.of(normalised), clock.instant());
            }
            events.publishEvent(new OrderRecorded(normalised.number(), normalised.isDelivered()));
            return existing.isPresent() ? new RecordOutcome.Replaced(normalised) : new RecordOutcome.Created(normalised);
        });
    }

    /**
     * Records many orders, new ones in one transaction. When that transaction fails (an order
     * written at the same moment by someone else), each is tried again alone, so that one bad
     * order does not lose the others. Orders that exist already are replaced one by one.
     *
     * @return one outcome per order, in the same order
     */
    public List<RecordOutcome> recordAll(List<Order> orders) {
        List<Order> normalised = orders.stream().map(this::normalise).toList();
        RecordOutcome[] outcomes = new RecordOutcome[normalised.size()];
        Set<OrderNumber> existing = repository.existing(normalised.stream().map(Order::number).toList());
        Map<SerialNumber, OrderNumber> owners = repository.ownersOf(normalised.stream().flatMap(order -> serialNumbers(order).stream()).toList());
        Map<SerialNumber, OrderNumber> claimedInBatch = new HashMap<>();
        Set<OrderNumber> inBulk = new HashSet<>();
        List<Integer> bulk = new ArrayList<>();
        List<Integer> oneByOne = new ArrayList<>();
        for (int i = 0; i < normalised.size(); i++) {
            Order order = normalised.get(i);
            if (existing.contains(order.number()) || inBulk.contains(order.number())) {
                oneByOne.add(i);
                continue;
            }
            List<FieldError> errors = rules.check(order);
            errors.addAll(serialsSoldElsewhere(order, owners, claimedInBatch));
            if (errors.isEmpty()) {
                bulk.add(i);
                inBulk.add(order.number());
                serialNumbers(order).forEach(serial -> claimedInBatch.put(serial, order.number()));
            } else {
                outcomes[i] = new RecordOutcome.Rejected(errors);
            }
        }
        storeBulk(normalised, bulk, outcomes);
        oneByOne.forEach(i -> outcomes[i] = recordAlone(normalised.get(i)));
        return Arrays.asList(outcomes);
    }

    private void storeBulk(List<Order> orders, List<Integer> bulk, RecordOutcome[] outcomes) {
        if (bulk.isEmpty()) {
            return;
        }
        List<Order> batch = bulk.stream().map(orders::get).toList();
        try {
            transaction.executeWithoutResult(status -> {
                repository.insert(batch, clock.instant());
                batch.forEach(order -> events.publishEvent(new OrderRecorded(order.number(), order.isDelivered())));
            });
            bulk.forEach(i -> outcomes[i] = new RecordOutcome.Created(orders.get(i)));
        } catch (DataAccessException conflict) {
            log.info("A batch of {} orders hit a conflict ({}); storing them one by one", batch.size(), conflict.getClass().getSimpleName());
            bulk.forEach(i -> outcomes[i] = recordAlone(orders.get(i)));
        }
    }

    private RecordOutcome recordAlone(Order order) {
        try {
            return record(order);
        } catch (DataAccessException conflict) {
            return new RecordOutcome.Rejected(List.of(new FieldError("orderNumber",
                    "order " + order.number() + " was changed by another request at the same time; send it again")));
        }
    }

    private static List<FieldError> serialsSoldElsewhere(Order order, Map<SerialNumber, OrderNumber> owners, Map<SerialNumber, OrderNumber> claimedInBatch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            for (int k = 0; k < line.serialNumbers().size(); k++) {
                SerialNumber serial = line.serialNumbers().get(k);
                OrderNumber owner = owners.getOrDefault(serial, claimedInBatch.get(serial));
                if (owner != null && !owner.equals(order.number())) {
                    errors.add(new FieldError(OrderRules.serialField("lines[" + i + "]", line, k),
                            serial + " is already sold on order " + owner + "; a unit is sold once"));
                }
            }
        }
        return errors;
    }

    private static List<SerialNumber> serialNumbers(Order order) {
        return order.lines().stream().flatMap(line -> line.serialNumbers().stream()).toList();
    }

    /** Moments as the database returns them (the store's zone, microseconds), so that the same order sent twice compares equal. */
    private Order normalise(Order order) {
        Delivery delivery = order.delivery() == null ? null : new Delivery(order.delivery().carrier(), inStoreZone(order.delivery().deliveredAt()),
                order.delivery().signedBy(), order.delivery().remarks());
        return new Order(order.number(), inStoreZone(order.placedAt()), order.customer(), order.invoice(), order.payment(), order.lines(), delivery);
    }

    private OffsetDateTime inStoreZone(OffsetDateTime moment) {
        return moment.truncatedTo(ChronoUnit.MICROS).atZoneSameInstant(storeZone).toOffsetDateTime();
    }
}
