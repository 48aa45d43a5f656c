package com.aftercare.policy.delivery;

import com.aftercare.policy.Verdict;
import java.util.Objects;

/**
 * DLV-1's verdict and what the store must do.
 *
 * @param resendInvoice the invoice did not come with the goods, so the store sends it again
 */
public record PapersDecision(Verdict verdict, boolean resendInvoice) {

    public PapersDecision {
        Objects.requireNonNull(verdict, "verdict");
    }
}
