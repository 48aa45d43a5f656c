package com.aftercare.policy.warranty;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * What WAR-8 gives the customer now: a free replacement, a refund or a discount, or still only the repair.
 *
 * @param entitled the customer may ask for a replacement, refund or discount
 * @param pendingConfirmation one of (a)–(e) holds and waits for an agent to confirm the unit is continuously
 *     unusable; never together with {@code entitled}
 * @param clauses WAR-8, and WAR-4 when (f) decided
 * @param countingFaults the faults WAR-8 counts (covered, notified within the warranty), in the order notified
 * @param reason names the sub-case that decided, e.g. "WAR-8 (c): the same fault F-12 occurred 3 times"
 */
public record EntitlementResult(boolean entitled, boolean pendingConfirmation, List<ClauseId> clauses,
                                List<Fault> countingFaults, Reason reason) {

    public EntitlementResult {
        if (entitled && pendingConfirmation) {
            throw new IllegalArgumentException("an entitlement is either decided or waiting for confirmation");
        }
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("an entitlement cites at least one clause");
        }
        countingFaults = List.copyOf(countingFaults);
        Objects.requireNonNull(reason, "reason");
    }

    /** The same answer as a verdict, for a case's decision: pending waits on WAR-8's confirmation. */
    public Verdict verdict() {
        if (pendingConfirmation) {
            return Verdict.pending(reason, List.of(), clauses);
        }
        return entitled ? new Verdict.Accepted(clauses, reason) : new Verdict.Rejected(clauses, reason);
    }
}
