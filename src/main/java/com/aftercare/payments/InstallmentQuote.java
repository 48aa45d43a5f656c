package com.aftercare.payments;

import com.aftercare.orders.Money;
import com.aftercare.policy.CitedClause;
import java.util.List;

/**
 * The installment plans a checkout may offer for an amount and card program, by one policy version.
 *
 * @param clauses PAY-1 always; PAY-2 when the card program's bank restricts the counts; in the caller's language
 */
public record InstallmentQuote(Money total, String cardProgram, String policyVersion, List<InstallmentPlan> plans, List<CitedClause> clauses) {

    public InstallmentQuote {
        plans = List.copyOf(plans);
        clauses = List.copyOf(clauses);
    }
}
