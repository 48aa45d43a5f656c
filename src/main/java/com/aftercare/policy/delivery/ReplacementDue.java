package com.aftercare.policy.delivery;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.policy.ClauseId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * DLV-3's clock as a case's {@code deadlines} shows it: the replacement is due by the end of {@link #due()} in
 * Istanbul. Not a verdict: a late replacement is the store's breach, not a refusal of anything.
 *
 * @param period the replacement period, from the day the damage report was written
 */
public record ReplacementDue(PeriodEnd period) {

    public ReplacementDue {
        Objects.requireNonNull(period, "period");
    }

    /** The last day the replacement may ship. */
    public LocalDate due() {
        return period.end();
    }

    /** The last moment the replacement is in time: the end of the due day in Istanbul. */
    public ZonedDateTime lastMoment() {
        return period.lastMoment();
    }

    /** Whether a replacement shipped at {@code shippedAt} met the deadline (before midnight after the due day). */
    public boolean met(Instant shippedAt) {
        return period.isInTime(Objects.requireNonNull(shippedAt, "shippedAt"));
    }

    public ClauseId clause() {
        return Clauses.DLV_3;
    }
}
