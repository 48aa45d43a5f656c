package com.aftercare.orders;

import java.time.OffsetDateTime;

/**
 * The moment the goods reached the customer: it starts the return window (RET-1) and the warranty (WAR-2).
 *
 * @param signedBy who signed for the goods, may be null
 * @param remarks what was noted on the delivery (a missing item: DLV-5; a refused wrong item: DLV-6), may be null
 */
public record Delivery(String carrier, OffsetDateTime deliveredAt, String signedBy, String remarks) {
}
