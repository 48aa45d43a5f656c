package com.aftercare.orders;

import com.aftercare.policy.ProductCategory;
import java.time.OffsetDateTime;

/**
 * One sold unit, found by its serial number: what it is and when it reached its buyer, the facts
 * a warranty ledger starts from (WAR-1, WAR-2, EXC-8).
 *
 * @param deliveredAt null while its order is not delivered
 */
public record Unit(SerialNumber serialNumber, OrderNumber orderNumber, String lineId, String sku, String name,
                   ProductCategory category, boolean waterproof, OffsetDateTime deliveredAt) {
}
