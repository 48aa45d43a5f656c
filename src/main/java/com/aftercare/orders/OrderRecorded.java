package com.aftercare.orders;

/**
 * An order was created or changed. Published inside the storing transaction, so listeners see it
 * after commit through the event publication registry.
 *
 * @param delivered whether the goods have arrived: the return window (RET-1) and warranty (WAR-2) start then
 */
public record OrderRecorded(OrderNumber orderNumber, boolean delivered) {
}
