package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GEN-4: a return travels with the signed return form; a missing one is asked for, not refused")
class Gen4ReturnFormTest {

    private final ReturnReceiptCheck receipt = new ReturnReceiptCheck();

    @Test
    void without_the_signed_form_the_return_waits_for_it() {
        ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.INTACT, false, true,
                InvoiceType.INDIVIDUAL, false));

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2"));
        assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("GEN-4"));
        assertThat(decision.verdict().reason().key()).isEqualTo("return.receipt.formMissing");
        assertThat(decision.verdict().reason().defaultText()).contains("ask the customer to send it");
        assertThat(decision.missing()).containsExactly(MissingDocument.SIGNED_RETURN_FORM);
    }

    @Test
    void with_the_form_and_the_invoice_the_return_is_accepted_citing_every_receipt_clause() {
        ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.INTACT, true, true,
                InvoiceType.INDIVIDUAL, false));

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2", "GEN-4", "DLV-2"));
        assertThat(decision.missing()).isEmpty();
    }

    @Test
    void form_and_invoice_both_missing_are_asked_for_together() {
        ReceiptDecision decision = receipt.judge(new ReceiptFacts(Packaging.INTACT, false, false,
                InvoiceType.INDIVIDUAL, false));

        assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-2", "GEN-4"));
        assertThat(decision.verdict().reason().key()).isEqualTo("return.receipt.documentsMissing");
        assertThat(decision.verdict().reason().defaultText()).isEqualTo("The goods are in order, but these papers"
                + " are missing; ask the customer to send them: the signed return form, the original invoice.");
        assertThat(decision.missing()).containsExactly(MissingDocument.SIGNED_RETURN_FORM,
                MissingDocument.ORIGINAL_INVOICE);
    }

    @org.junit.jupiter.api.Test
    void a_unit_exchanged_for_a_delivery_problem_is_judged_by_its_papers_not_its_box() {
        var check = new ReturnReceiptCheck();

        ReceiptDecision damagedBoxPapersComplete = check.judgePapers(
                new ReceiptFacts(Packaging.DAMAGED, true, true, InvoiceType.INDIVIDUAL, false));
        ReceiptDecision formMissing = check.judgePapers(
                new ReceiptFacts(Packaging.MISSING, false, true, InvoiceType.INDIVIDUAL, false));

        org.assertj.core.api.Assertions.assertThat(damagedBoxPapersComplete.verdict().outcome())
                .isEqualTo(com.aftercare.policy.Outcome.ACCEPTED);
        org.assertj.core.api.Assertions.assertThat(damagedBoxPapersComplete.verdict().appliedClauses())
                .isEqualTo(PolicyFixture.ids("GEN-4", "DLV-2"));
        org.assertj.core.api.Assertions.assertThat(formMissing.verdict())
                .isInstanceOfSatisfying(com.aftercare.policy.Verdict.Pending.class, pending ->
                        org.assertj.core.api.Assertions.assertThat(pending.stillToCheck()).isEqualTo(PolicyFixture.ids("GEN-4")));
    }
}
