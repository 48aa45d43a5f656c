package com.aftercare.policy.delivery;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.policy.Verdict;
import java.util.Objects;

/**
 * DLV-4's verdict, and whether the agent should be offered the warranty flow instead.
 *
 * @param verdict pending until the examination's finding, then accepted (replaced) or rejected (customer caused)
 * @param suggestWarranty the report came after RET-1's return window and nothing is decided yet: DLV-4 sets no
 *     time limit, so the case is not refused, but a warranty repair may suit better; the agent chooses
 * @param returnWindow RET-1's window from delivery, the yardstick of the suggestion
 */
public record DefectDecision(Verdict verdict, boolean suggestWarranty, PeriodEnd returnWindow) {

    public DefectDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(returnWindow, "returnWindow");
        if (suggestWarranty && !(verdict instanceof Verdict.Pending)) {
            throw new IllegalArgumentException("the warranty is suggested only while DLV-4 is undecided");
        }
    }
}
