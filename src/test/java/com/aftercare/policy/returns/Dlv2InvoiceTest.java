package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.CALENDAR;
import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static com.aftercare.policy.returns.PolicyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.Verdict;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DLV-2: no return without the original invoice; a company's goods only against its return invoice")
class Dlv2InvoiceTest {

    @Nested
    @DisplayName("when the return is asked for")
    class AtRequest {

        private final ReturnRequestPolicy requests = new ReturnRequestPolicy(POLICY, CALENDAR);

        private ReturnRequestDecision open(InvoiceType invoice) {
            return requests.open(new ReturnRequest(istanbul("2026-03-02T10:00"), istanbul("2026-03-04T10:00"), invoice,
                    List.of(new ReturnItem("L1", ProductCategory.WATCH))));
        }

        @Test
        void a_company_invoice_keeps_the_request_pending_on_the_company_return_invoice() {
            Verdict overall = open(InvoiceType.CORPORATE).overall();

            assertThat(overall.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(overall.appliedClauses()).isEqualTo(ids("RET-1"));
            assertThat(((Verdict.Pending) overall).stillToCheck()).contains(ids("DLV-2").getFirst());
            assertThat(overall.reason().key()).isEqualTo("return.request.companyReturnInvoiceNeeded");
            assertThat(overall.reason().defaultText()).contains("only against the company's return invoice");
        }

        @Test
        void an_individual_invoice_is_checked_when_the_goods_arrive() {
            Verdict overall = open(InvoiceType.INDIVIDUAL).overall();

            assertThat(((Verdict.Pending) overall).stillToCheck()).contains(ids("DLV-2").getFirst());
            assertThat(overall.reason().key()).isEqualTo("return.request.checkedAtReceipt");
            assertThat(overall.reason().defaultText()).contains("the original invoice");
        }
    }

    @Nested
    @DisplayName("when the goods arrive")
    class AtReceipt {

        private final ReturnReceiptCheck receipt = new ReturnReceiptCheck();

        @ParameterizedTest(name = "{0} invoice, original={1}, company return invoice={2} -> {3}")
        @CsvSource({
                "INDIVIDUAL, true,  false, ACCEPTED, ''",
                "INDIVIDUAL, true,  true,  ACCEPTED, ''",
                "INDIVIDUAL, false, false, PENDING,  ORIGINAL_INVOICE",
                "CORPORATE,  true,  true,  ACCEPTED, ''",
                "CORPORATE,  true,  false, PENDING,  COMPANY_RETURN_INVOICE",
                "CORPORATE,  false, true,  PENDING,  ORIGINAL_INVOICE",
                "CORPORATE,  false, false, PENDING,  ORIGINAL_INVOICE COMPANY_RETURN_INVOICE",
        })
        void the_invoices_each_invoice_type_needs(InvoiceType invoice, boolean original, boolean companyReturn,
                Outcome outcome, String missing) {
            ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.INTACT, true, original, invoice,
                    companyReturn));

            assertThat(decision.verdict().outcome()).isEqualTo(outcome);
            assertThat(decision.missing()).extracting(Enum::name)
                    .containsExactlyElementsOf(missing.isBlank() ? List.of() : List.of(missing.split(" ")));
            if (outcome == Outcome.PENDING) {
                assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2"));
                assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-2"));
            } else {
                assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2", "GEN-4", "DLV-2"));
            }
        }

        @Test
        void a_company_without_its_return_invoice_is_asked_to_issue_one() {
            ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.INTACT, true, true,
                    InvoiceType.CORPORATE, false));

            assertThat(decision.verdict().reason().key()).isEqualTo("return.receipt.companyReturnInvoiceMissing");
            assertThat(decision.verdict().reason().defaultText())
                    .contains("only against the company's return invoice: ask the company to issue and send it");
        }

        @Test
        void a_missing_original_invoice_is_asked_for() {
            ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.INTACT, true, false,
                    InvoiceType.INDIVIDUAL, false));

            assertThat(decision.verdict().reason().key()).isEqualTo("return.receipt.invoiceMissing");
        }
    }
}
