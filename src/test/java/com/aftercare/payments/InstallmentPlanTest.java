package com.aftercare.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.orders.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PAY-1: a total split into N installments adds up exactly; the remainder rides on the first ones. */
class InstallmentPlanTest {

    @ParameterizedTest(name = "{0} in {1} → first {2}, then {3}")
    @CsvSource({
            "1499.90, 1, 1499.90, 1499.90",
            "1499.90, 3, 499.97, 499.96",
            "100.00, 3, 33.34, 33.33",
            "1000.00, 4, 250.00, 250.00",
            "0.05, 12, 0.01, 0.00",
            "1499.99, 12, 125.00, 124.99"})
    @DisplayName("amounts add up to the total, to the kuruş")
    void splitsExactly(String total, int count, String first, String regular) {
        InstallmentPlan plan = InstallmentPlan.split(Money.of(total, "TRY"), count);

        assertThat(plan.amounts()).hasSize(count);
        assertThat(plan.amounts().stream().map(Money::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(total);
        assertThat(plan.first().amountText()).isEqualTo(first);
        assertThat(plan.regular().amountText()).isEqualTo(regular);
        assertThat(plan.amounts()).isSortedAccordingTo((a, b) -> b.amount().compareTo(a.amount()));
    }
}
