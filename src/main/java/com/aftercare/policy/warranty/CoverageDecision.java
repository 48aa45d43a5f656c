package com.aftercare.policy.warranty;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import java.util.Objects;

/**
 * Whether a fault is repaired free under the warranty, and what the store may offer when it is not.
 *
 * @param verdict accepted when WAR-7 covers it, rejected when outside the warranty or excluded, pending until
 *     the inspection names a cause
 * @param paidRepairMayBeOffered the store may quote a repair for a fee: only when the verdict is rejected
 */
public record CoverageDecision(Verdict verdict, boolean paidRepairMayBeOffered) {

    public CoverageDecision {
        Objects.requireNonNull(verdict, "verdict");
        if (paidRepairMayBeOffered && verdict.outcome() != Outcome.REJECTED) {
            throw new IllegalArgumentException("a paid repair is offered only for a fault the warranty does not cover");
        }
    }

    public boolean covered() {
        return verdict.outcome() == Outcome.ACCEPTED;
    }
}
