package com.aftercare.payments;

import com.aftercare.orders.Money;
import java.util.List;

/**
 * The installment plans a checkout may offer for an amount and card program, by one policy version.
 *
 * @param clauseIds PAY-1 always; PAY-2 when the card program's bank restricts the counts
 */
public record InstallmentQuote(Money total, String cardProgram, String policyVersion, List<InstallmentPlan> plans, List<String> clauseIds) {

    public InstallmentQuote {
        plans = List.copyOf(plans);
        clauseIds = List.copyOf(clauseIds);
    }
}
