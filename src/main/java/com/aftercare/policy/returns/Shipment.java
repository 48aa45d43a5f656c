package com.aftercare.policy.returns;

import java.util.List;
import java.util.Objects;

/**
 * A shipment of one unit to be paid for (RET-5, GEN-5).
 *
 * @param carrier the carrier's name as recorded; compared with the policy's contracted carriers without
 *     case or surrounding spaces
 * @param storeArranged the store booked the pickup or the delivery itself (GEN-5)
 * @param earlier the unit's earlier shipments, in the order they went
 */
public record Shipment(ShipmentDirection direction, String carrier, boolean storeArranged,
                       List<EarlierShipment> earlier) {

    public Shipment {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(carrier, "carrier");
        if (carrier.isBlank()) {
            throw new IllegalArgumentException("a shipment names its carrier");
        }
        earlier = List.copyOf(earlier);
    }
}
