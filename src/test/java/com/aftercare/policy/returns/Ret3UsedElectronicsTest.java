package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("RET-3 and RET-4: used, data-transferred or paired electronics cannot be returned; the inspection decides")
class Ret3UsedElectronicsTest {

    private final ReturnableGoods goods = new ReturnableGoods(POLICY);
    private final WithdrawalInspection inspection = new WithdrawalInspection(POLICY);

    @Nested
    @DisplayName("when the return is asked for")
    class AtRequest {

        @Test
        void a_smart_watch_waits_for_the_technical_service() {
            Verdict verdict = goods.judge(ProductCategory.SMART_WATCH);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.appliedClauses()).isEmpty();
            assertThat(((Verdict.Pending) verdict).stillToCheck()).isEqualTo(ids("GEN-1", "GEN-2", "RET-3", "RET-4"));
            assertThat(verdict.reason().key()).isEqualTo("return.goods.usedElectronics");
            assertThat(verdict.reason().defaultText())
                    .startsWith("A used, data-transferred or paired device cannot be returned: the technical service decides");
        }

        @ParameterizedTest
        @EnumSource(value = ProductCategory.class, names = {"WATCH", "STRAP", "ACCESSORY"})
        void goods_that_are_not_electronics_wait_only_for_their_packaging(ProductCategory category) {
            Verdict verdict = goods.judge(category);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(((Verdict.Pending) verdict).stillToCheck()).isEqualTo(ids("GEN-1", "GEN-2"));
            assertThat(verdict.reason().key()).isEqualTo("return.goods.checkedAtReceipt");
        }
    }

    @Nested
    @DisplayName("a smart watch at inspection")
    class SmartWatch {

        @ParameterizedTest(name = "used={0}, data transferred={1}, paired={2} -> {3}")
        @CsvSource({
                "false, false, false, ACCEPTED",
                "true,  false, false, REJECTED",
                "false, true,  false, REJECTED",
                "false, false, true,  REJECTED",
                "true,  true,  true,  REJECTED",
        })
        void any_sign_of_use_makes_it_second_hand(boolean used, boolean data, boolean paired, Outcome outcome) {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.SMART_WATCH, used, data, paired,
                    false, ""));

            assertThat(verdict.outcome()).isEqualTo(outcome);
            assertThat(verdict.appliedClauses()).isEqualTo(ids("RET-3", "RET-4"));
        }

        @Test
        void a_paired_smart_watch_is_refused_as_second_hand() {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.SMART_WATCH, false, false, true,
                    false, "paired with a phone, unpaired by the customer"));

            assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(verdict.appliedClauses()).isEqualTo(ids("RET-3", "RET-4"));
            assertThat(verdict.reason().key()).isEqualTo("return.inspection.secondHand");
            assertThat(verdict.reason().arguments()).containsExactly(false, false, true);
            assertThat(verdict.reason().defaultText()).contains("paired with a phone (true)")
                    .contains("legally second-hand");
        }

        @Test
        void confirmed_unused_it_is_taken_back() {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.SMART_WATCH, false, false, false,
                    false, null));

            assertThat(verdict.reason().key()).isEqualTo("return.inspection.unused");
        }
    }

    @Nested
    @DisplayName("a mechanical watch at inspection: RET-3 names electronics only")
    class MechanicalWatch {

        @ParameterizedTest(name = "used={0} -> ACCEPTED")
        @CsvSource({"false", "true"})
        void use_does_not_exclude_it(boolean used) {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.WATCH, used, false, false,
                    false, "worn once"));

            assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(verdict.appliedClauses()).isEqualTo(ids("RET-2", "RET-3"));
            assertThat(verdict.reason().key()).isEqualTo("return.inspection.notElectronics");
        }
    }
}
