package com.aftercare.policy.returns;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Reason;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * RET-6's clock as a case's {@code deadlines} shows it: {@code {kind, due, clause, met}}. Not a
 * {@link com.aftercare.policy.Verdict}: a late refund is the store's breach, not a refusal of anything.
 *
 * @param period the refund period, from the day the goods reached the store
 * @param met {@code true} if the refund was issued in time, {@code false} if late, {@code null} while not issued
 */
public record RefundDue(PeriodEnd period, Boolean met, Reason reason) {

    public RefundDue {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
    }

    /** The last moment the refund is in time: the end of the due day in Istanbul. */
    public ZonedDateTime lastMoment() {
        return period.lastMoment();
    }

    public ClauseId clause() {
        return Clauses.RET_6;
    }
}
