package com.aftercare.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The orders the shop reported: what other modules may ask and record. */
public interface Orders {

    Optional<Order> find(OrderNumber number);

    /** Who placed the order, in one query: what a mail about it needs, without the whole order. */
    Optional<Customer> customerOf(OrderNumber number);

    /** The unit with that serial number, on whichever order it was sold. */
    Optional<Unit> findUnit(SerialNumber serialNumber);

    /**
     * Create or replace an order, after checking it against the policy in force on the day it was
     * placed. Publishes {@link OrderRecorded} when something changed.
     */
    RecordOutcome record(Order order);

    /** How many orders are stored. */
    long count();

    /** An order as a list of search results shows it. */
    record Summary(OrderNumber number, String customerName, String customerEmail, Instant placedAt) {
    }

    /**
     * The orders one term names, case-insensitively, the newest first, at most {@code limit}: by their customer's
     * e-mail address (exactly), and by their number, a unit's serial number or the customer's name, exactly or, for a
     * term of three characters or more, by a part of it.
     */
    List<OrderNumber> named(String term, int limit);

    /** These orders' summaries, newest first (then by number), at most {@code limit}; unknown numbers are left out. */
    List<Summary> newest(Collection<OrderNumber> numbers, int limit);
}
