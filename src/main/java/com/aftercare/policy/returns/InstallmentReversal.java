package com.aftercare.policy.returns;

import java.math.BigDecimal;
import java.util.Objects;

/** What the bank takes off one installment of the plan when a card refund is issued (PAY-3). */
public record InstallmentReversal(int installment, BigDecimal amount) {

    public InstallmentReversal {
        Objects.requireNonNull(amount, "amount");
        if (installment < 1) {
            throw new IllegalArgumentException("installments are numbered from 1, not " + installment);
        }
    }
}
