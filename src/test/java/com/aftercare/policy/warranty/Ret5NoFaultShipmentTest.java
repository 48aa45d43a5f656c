package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.returns.EarlierShipment;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.Shipment;
import com.aftercare.policy.returns.ShipmentDirection;
import com.aftercare.policy.returns.ShippingCharge;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RET-5: who pays a unit's shipments in a warranty case")
class Ret5NoFaultShipmentTest {

    private final NoFaultShipment shipments = new NoFaultShipment(POLICY);

    private ShippingCharge sendingIn(EarlierShipment... earlier) {
        return shipments.whoPays(new Shipment(ShipmentDirection.TO_STORE, "Yurtiçi Kargo", true, List.of(earlier)));
    }

    @Test
    void the_first_shipment_to_the_service_is_the_stores() {
        ShippingCharge charge = sendingIn();

        assertThat(charge.payer()).isEqualTo(Payer.STORE);
        assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5", "GEN-5"));
    }

    @Test
    void the_second_shipment_after_a_no_fault_finding_shown_with_evidence_is_the_customers() {
        ShippingCharge charge = sendingIn(new EarlierShipment(ShipmentDirection.TO_STORE, true, true));

        assertThat(charge.payer()).isEqualTo(Payer.CUSTOMER);
        assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5"));
        assertThat(charge.reason().key()).isEqualTo("shipping.noFaultShown");
    }

    @Test
    void without_the_evidence_shown_it_stays_the_stores() {
        ShippingCharge charge = sendingIn(new EarlierShipment(ShipmentDirection.TO_STORE, true, false));

        assertThat(charge.payer()).isEqualTo(Payer.STORE);
        assertThat(charge.reason().key()).isEqualTo("shipping.noFaultWithoutEvidence");
    }

    @Test
    void after_a_fault_was_found_the_next_shipment_stays_the_stores() {
        ShippingCharge charge = sendingIn(new EarlierShipment(ShipmentDirection.TO_STORE, false, true));

        assertThat(charge.payer()).isEqualTo(Payer.STORE);
    }
}
