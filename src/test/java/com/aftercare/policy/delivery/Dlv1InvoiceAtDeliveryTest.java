package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.DeliveryFixture.POLICY;
import static com.aftercare.policy.delivery.DeliveryFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DLV-1: the goods come with an invoice; a missing one is reported and the store sends it again")
class Dlv1InvoiceAtDeliveryTest {

    private final DeliveryPapers rule = new DeliveryPapers();

    @ParameterizedTest(name = "invoice arrived {0} -> re-send {1}")
    @CsvSource({
            "true,  false, delivery.invoice.arrived",
            "false, true,  delivery.invoice.resend",
    })
    void a_missing_invoice_is_sent_again(boolean arrived, boolean resend, String key) {
        PapersDecision decision = rule.judge(new PapersAtDelivery(arrived));

        assertThat(decision.resendInvoice()).isEqualTo(resend);
        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("DLV-1"));
        assertThat(decision.verdict().reason().key()).isEqualTo(key);
        assertThat(decision.verdict().citedIn(POLICY, Locale.ENGLISH)).hasSize(1);
    }

    @Test
    void the_reason_says_why_the_customer_keeps_it() {
        assertThat(rule.judge(new PapersAtDelivery(false)).verdict().reason().defaultText())
                .isEqualTo("The invoice did not come with the goods: the store sends it again. The customer keeps"
                        + " it, as there is no exchange or return without the original invoice (DLV-2).");
    }
}
