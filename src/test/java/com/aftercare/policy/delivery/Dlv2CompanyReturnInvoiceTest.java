package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.DeliveryFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.InvoiceType;
import com.aftercare.policy.returns.MissingDocument;
import com.aftercare.policy.returns.Packaging;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import com.aftercare.policy.returns.ReturnReceiptCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A unit that a delivery case takes back (DLV-4's replacement, DLV-6's wrong item) is received with the returns
 * package's {@link ReturnReceiptCheck}; the delivery package has no copy of it. These tests hold that rule to DLV-2
 * for the delivery flows.
 */
@DisplayName("DLV-2: a unit coming back needs the original invoice; a company's, also its return invoice")
class Dlv2CompanyReturnInvoiceTest {

    private final ReturnReceiptCheck receipt = new ReturnReceiptCheck();

    /** Intact box and signed return form (GEN-4, as DLV-4's accepted verdict asks), so only DLV-2 is in play. */
    private ReceiptDecision unitBack(InvoiceType invoice, boolean originalInvoice, boolean companyReturnInvoice) {
        return receipt.judge(new ReceiptFacts(Packaging.INTACT, true, originalInvoice, invoice, companyReturnInvoice));
    }

    @Test
    void a_company_order_without_its_return_invoice_stays_pending_on_dlv_2() {
        ReceiptDecision decision = unitBack(InvoiceType.CORPORATE, true, false);

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2"));
        assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-2"));
        assertThat(decision.missing()).containsExactly(MissingDocument.COMPANY_RETURN_INVOICE);
        assertThat(decision.verdict().reason().key()).isEqualTo("return.receipt.companyReturnInvoiceMissing");
    }

    @ParameterizedTest(name = "{0} invoice, original {1}, company return invoice {2} -> {3}")
    @CsvSource({
            "CORPORATE,  true,  true,  ACCEPTED",
            "INDIVIDUAL, true,  false, ACCEPTED",   // only a company's goods need a return invoice
            "CORPORATE,  false, true,  PENDING",    // the company's return invoice does not stand in for the original
            "INDIVIDUAL, false, false, PENDING",
    })
    void the_invoices_each_invoice_type_needs(InvoiceType invoice, boolean original, boolean companyReturn,
            Outcome outcome) {
        Verdict verdict = unitBack(invoice, original, companyReturn).verdict();

        assertThat(verdict.outcome()).isEqualTo(outcome);
        if (outcome == Outcome.ACCEPTED) {
            assertThat(verdict.appliedClauses()).contains(ids("DLV-2").getFirst());
        } else {
            assertThat(((Verdict.Pending) verdict).stillToCheck()).isEqualTo(ids("DLV-2"));
        }
    }

    @Test
    @DisplayName("an invoice missing at delivery (DLV-1) and never sent again leaves the unit's return pending on DLV-2")
    void an_invoice_missing_since_delivery_blocks_the_return_until_it_is_there() {
        PapersDecision atDelivery = new DeliveryPapers().judge(new PapersAtDelivery(false));

        ReceiptDecision back = unitBack(InvoiceType.INDIVIDUAL, !atDelivery.resendInvoice(), false);

        assertThat(back.verdict().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(back.missing()).containsExactly(MissingDocument.ORIGINAL_INVOICE);
    }
}
