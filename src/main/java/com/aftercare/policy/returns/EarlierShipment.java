package com.aftercare.policy.returns;

import java.util.Objects;

/**
 * A shipment the same unit already made, and what the store found after it (RET-5).
 *
 * @param noFaultFound the store found nothing wrong with the unit
 * @param visualEvidenceShown photos or video showing why were attached to the case and shown to the customer
 */
public record EarlierShipment(ShipmentDirection direction, boolean noFaultFound, boolean visualEvidenceShown) {

    public EarlierShipment {
        Objects.requireNonNull(direction, "direction");
    }

    /** RET-5's condition for the customer to pay the next shipments: no fault, and shown with evidence. */
    public boolean noFaultShownWithEvidence() {
        return noFaultFound && visualEvidenceShown;
    }
}
