package com.aftercare.policy.warranty;

import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.returns.ReturnShippingCost;
import com.aftercare.policy.returns.Shipment;
import com.aftercare.policy.returns.ShippingCharge;
import java.util.Objects;

/**
 * RET-5 (and GEN-5) for a unit travelling in a warranty case: the same rule as a return's, so it is the returns
 * package's {@link ReturnShippingCost}, not a copy. The store pays the first shipment; once it found nothing wrong
 * with the unit and showed the customer why with photos or video, every later shipment of that unit is the
 * customer's. A fault the warranty excludes is not "nothing wrong", so it does not shift the cost by itself.
 */
public final class NoFaultShipment {

    private final ReturnShippingCost cost;

    public NoFaultShipment(PolicyVersion policy) {
        this.cost = new ReturnShippingCost(Objects.requireNonNull(policy, "policy"));
    }

    /** Who pays for this shipment of the unit, given its earlier shipments and findings. */
    public ShippingCharge whoPays(Shipment shipment) {
        return cost.judge(shipment);
    }
}
