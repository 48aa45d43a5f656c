package com.aftercare.policy.returns;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Reason;
import java.util.List;
import java.util.Objects;

/**
 * Who pays for a shipment, the clauses that say so, and why. Not a {@link com.aftercare.policy.Verdict}:
 * nothing is accepted or refused here, a cost is assigned.
 */
public record ShippingCharge(Payer payer, List<ClauseId> appliedClauses, Reason reason) {

    public ShippingCharge {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(reason, "reason");
        appliedClauses = List.copyOf(appliedClauses);
        if (appliedClauses.isEmpty()) {
            throw new IllegalArgumentException("a shipping charge cites at least one clause");
        }
    }
}
