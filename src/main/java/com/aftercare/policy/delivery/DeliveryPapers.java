package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.Clauses.DLV_1;

import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.Objects;

/**
 * DLV-1: at delivery the customer checks the goods come with an invoice, and reports a missing one to the store.
 *
 * <p>A reported missing invoice is accepted, not pending: the customer did what DLV-1 asks, and what is left is
 * the store's, to send it again. It matters later, because there is no exchange or return without the original
 * invoice (DLV-2); that is judged when a unit comes back, by the returns package's
 * {@link com.aftercare.policy.returns.ReturnReceiptCheck}. Completeness and damage at delivery are DLV-5's and
 * DLV-3's. This rule needs no policy numbers, so it takes no policy version.
 */
public final class DeliveryPapers {

    public PapersDecision judge(PapersAtDelivery facts) {
        Objects.requireNonNull(facts, "facts");
        if (facts.invoiceArrived()) {
            return new PapersDecision(Verdict.accepted(Reason.of("delivery.invoice.arrived",
                    "The invoice came with the goods."), DLV_1), false);
        }
        return new PapersDecision(Verdict.accepted(Reason.of("delivery.invoice.resend",
                "The invoice did not come with the goods: the store sends it again. The customer keeps it, as there"
                        + " is no exchange or return without the original invoice (DLV-2)."), DLV_1), true);
    }
}
