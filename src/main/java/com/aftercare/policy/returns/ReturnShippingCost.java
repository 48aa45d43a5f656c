package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.GEN_5;
import static com.aftercare.policy.returns.Clauses.RET_5;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import java.util.List;
import java.util.Objects;

/**
 * RET-5 and GEN-5: who pays for a shipment of a unit in a case.
 *
 * <ol>
 *   <li>GEN-5 first: a customer who sends goods to the store by a carrier the store has no contract with pays
 *       that carrier, whichever shipment it is. A shipment the store arranged is never charged this way.</li>
 *   <li>RET-5: the unit's first shipment is the store's. Once the store has found nothing wrong with the unit
 *       and shown the customer why with photos or video, every later shipment of that unit, either way, is the
 *       customer's. A no-fault finding the customer was not shown with evidence leaves the cost with the store.</li>
 * </ol>
 */
public final class ReturnShippingCost {

    private final PolicyVersion policy;

    public ReturnShippingCost(PolicyVersion policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ShippingCharge judge(Shipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        if (shipment.direction() == ShipmentDirection.TO_STORE && !shipment.storeArranged()
                && !policy.parameters().isContractedCarrier(shipment.carrier())) {
            return new ShippingCharge(Payer.CUSTOMER, List.of(GEN_5), Reason.of("shipping.nonContractedCarrier",
                    "The customer sent the goods with {0}, which is not one of the store''s contracted carriers"
                            + " ({1}): the customer pays that carrier.",
                    shipment.carrier().strip(), String.join(", ", policy.contractedCarriers())));
        }
        List<ClauseId> cited = shipment.direction() == ShipmentDirection.TO_STORE ? List.of(RET_5, GEN_5) : List.of(RET_5);
        if (shipment.earlier().isEmpty()) {
            return new ShippingCharge(Payer.STORE, cited, Reason.of("shipping.firstShipment",
                    "The first shipment of the unit in a case is paid by the store."));
        }
        if (shipment.earlier().stream().anyMatch(EarlierShipment::noFaultShownWithEvidence)) {
            return new ShippingCharge(Payer.CUSTOMER, List.of(RET_5), Reason.of("shipping.noFaultShown",
                    "The store found nothing wrong with the unit and showed the customer why with photos or video:"
                            + " this and every later shipment of the unit is paid by the customer."));
        }
        if (shipment.earlier().stream().anyMatch(EarlierShipment::noFaultFound)) {
            return new ShippingCharge(Payer.STORE, cited, Reason.of("shipping.noFaultWithoutEvidence",
                    "The store found nothing wrong with the unit but did not show the customer photos or video of"
                            + " it: the shipment stays the store''s."));
        }
        return new ShippingCharge(Payer.STORE, cited, Reason.of("shipping.faultOrOpen",
                "No finding that nothing is wrong with the unit has been shown to the customer: the store pays."));
    }
}
