package com.aftercare.orders;

import java.util.Optional;

/** The orders the shop reported: what other modules may ask and record. */
public interface Orders {

    Optional<Order> find(OrderNumber number);

    /** The unit with that serial number, on whichever order it was sold. */
    Optional<Unit> findUnit(SerialNumber serialNumber);

    /**
     * Create or replace an order, after checking it against the policy in force on the day it was
     * placed. Publishes {@link OrderRecorded} when something changed.
     */
    RecordOutcome record(Order order);

    /** How many orders are stored. */
    long count();
}
