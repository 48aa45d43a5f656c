package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("RET-5 and GEN-5: who pays for a shipment of a unit")
class Ret5ShippingCostTest {

    private static final EarlierShipment FIRST_IN = new EarlierShipment(ShipmentDirection.TO_STORE, false, false);
    private static final EarlierShipment NO_FAULT_SHOWN = new EarlierShipment(ShipmentDirection.TO_STORE, true, true);
    private static final EarlierShipment NO_FAULT_UNSHOWN = new EarlierShipment(ShipmentDirection.TO_STORE, true, false);

    private final ReturnShippingCost cost = new ReturnShippingCost(POLICY);

    private ShippingCharge toStore(String carrier, boolean storeArranged, EarlierShipment... earlier) {
        return cost.judge(new Shipment(ShipmentDirection.TO_STORE, carrier, storeArranged, List.of(earlier)));
    }

    @Nested
    @DisplayName("RET-5")
    class Ret5 {

        @Test
        void the_first_shipment_of_a_case_is_the_stores() {
            ShippingCharge charge = toStore("Yurtiçi Kargo", false);

            assertThat(charge.payer()).isEqualTo(Payer.STORE);
            assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5", "GEN-5"));
            assertThat(charge.reason().key()).isEqualTo("shipping.firstShipment");
        }

        @Test
        void the_second_shipment_after_a_no_fault_finding_shown_with_photos_is_the_customers() {
            ShippingCharge charge = toStore("Aras Kargo", true, NO_FAULT_SHOWN);

            assertThat(charge.payer()).isEqualTo(Payer.CUSTOMER);
            assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5"));
            assertThat(charge.reason().key()).isEqualTo("shipping.noFaultShown");
        }

        @Test
        void sending_the_unit_back_after_such_a_finding_is_the_customers_too() {
            ShippingCharge charge = cost.judge(new Shipment(ShipmentDirection.TO_CUSTOMER, "Aras Kargo", true,
                    List.of(NO_FAULT_SHOWN)));

            assertThat(charge.payer()).isEqualTo(Payer.CUSTOMER);
            assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5"));
        }

        @Test
        void the_third_shipment_is_the_customers_once_any_earlier_finding_was_shown() {
            ShippingCharge charge = toStore("Aras Kargo", true, NO_FAULT_SHOWN, FIRST_IN);

            assertThat(charge.payer()).isEqualTo(Payer.CUSTOMER);
        }

        @Test
        void the_second_shipment_after_a_no_fault_finding_without_evidence_stays_the_stores() {
            ShippingCharge charge = toStore("Aras Kargo", true, NO_FAULT_UNSHOWN);

            assertThat(charge.payer()).isEqualTo(Payer.STORE);
            assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5", "GEN-5"));
            assertThat(charge.reason().key()).isEqualTo("shipping.noFaultWithoutEvidence");
        }

        @Test
        void a_second_shipment_after_a_fault_was_found_stays_the_stores() {
            ShippingCharge charge = cost.judge(new Shipment(ShipmentDirection.TO_CUSTOMER, "Aras Kargo", true,
                    List.of(FIRST_IN)));

            assertThat(charge.payer()).isEqualTo(Payer.STORE);
            assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5"));
            assertThat(charge.reason().key()).isEqualTo("shipping.faultOrOpen");
        }
    }

    @Nested
    @DisplayName("GEN-5")
    class Gen5 {

        @Test
        void a_customer_who_ships_with_another_carrier_pays_that_carrier() {
            ShippingCharge charge = toStore("PTT Kargo", false);

            assertThat(charge.payer()).isEqualTo(Payer.CUSTOMER);
            assertThat(charge.appliedClauses()).isEqualTo(ids("GEN-5"));
            assertThat(charge.reason().key()).isEqualTo("shipping.nonContractedCarrier");
            assertThat(charge.reason().defaultText()).isEqualTo("The customer sent the goods with PTT Kargo, which is"
                    + " not one of the store's contracted carriers (Yurtiçi Kargo, Aras Kargo): the customer pays that"
                    + " carrier.");
        }

        @ParameterizedTest(name = "\"{0}\" is contracted")
        @ValueSource(strings = {"Yurtiçi Kargo", "yurtiçi kargo", "YURTİÇİ KARGO", "  Aras Kargo ", "aras kargo"})
        void a_contracted_carrier_is_recognised_whatever_its_case_and_spaces(String carrier) {
            ShippingCharge charge = toStore(carrier, false);

            assertThat(charge.payer()).isEqualTo(Payer.STORE);
            assertThat(charge.appliedClauses()).isEqualTo(ids("RET-5", "GEN-5"));
        }

        @Test
        void a_pickup_the_store_arranged_is_never_charged_to_the_customer_for_the_carrier() {
            ShippingCharge charge = toStore("PTT Kargo", true);

            assertThat(charge.payer()).isEqualTo(Payer.STORE);
        }

        @Test
        void the_carrier_decides_even_the_first_shipment() {
            assertThat(toStore("PTT Kargo", false).payer()).isEqualTo(Payer.CUSTOMER);
            assertThat(toStore("Aras Kargo", false).payer()).isEqualTo(Payer.STORE);
        }

        @Test
        void a_shipment_names_its_carrier() {
            assertThatThrownBy(() -> toStore(" ", false)).hasMessage("a shipment names its carrier");
        }
    }
}
