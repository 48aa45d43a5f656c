package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GEN-1 and GEN-2: goods come back in their original, undamaged box")
class Gen1Gen2PackagingTest {

    private final ReturnReceiptCheck receipt = new ReturnReceiptCheck();

    @ParameterizedTest(name = "{0} packaging -> {1} ({2})")
    @CsvSource({
            "DAMAGED, REJECTED, return.receipt.packagingDamaged",
            "MISSING, REJECTED, return.receipt.packagingMissing",
            "INTACT,  ACCEPTED, return.receipt.complete",
    })
    void the_box_decides_before_any_paper(Packaging packaging, Outcome outcome, String key) {
        ReceiptDecision decision = receipt.judge(new ReceiptFacts(packaging, true, true, InvoiceType.INDIVIDUAL, false));

        assertThat(decision.verdict().outcome()).isEqualTo(outcome);
        assertThat(decision.verdict().reason().key()).isEqualTo(key);
        assertThat(decision.verdict().appliedClauses().subList(0, 2)).isEqualTo(ids("GEN-1", "GEN-2"));
    }

    @Test
    void a_damaged_box_is_refused_citing_gen_1_and_gen_2_only() {
        ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.DAMAGED, true, true, InvoiceType.INDIVIDUAL,
                false));

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2"));
        assertThat(decision.verdict().reason().defaultText()).contains("damaged");
        assertThat(decision.missing()).isEmpty();
    }

    @Test
    void a_damaged_box_is_refused_even_when_papers_are_missing_too() {
        ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.DAMAGED, false, false,
                InvoiceType.CORPORATE, false));

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2"));
    }
}
