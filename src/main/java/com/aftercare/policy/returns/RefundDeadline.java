package com.aftercare.policy.returns;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * RET-6: the refund is issued within the policy's period of the goods reaching the store, counted from
 * the day of receipt in Istanbul in the policy's convention (days: moved past a Sunday or a holiday). The
 * refund is in time if issued before the end of the due day.
 */
public final class RefundDeadline {

    private final PolicyVersion policy;
    private final TurkishCalendar calendar;

    public RefundDeadline(PolicyVersion policy, TurkishCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param receivedAtStore when the goods reached the store
     * @param issuedAt when the store issued the refund; {@code null} while it has not
     */
    public RefundDue judge(Instant receivedAtStore, Instant issuedAt) {
        Objects.requireNonNull(receivedAtStore, "receivedAtStore");
        Period refund = policy.refundDeadline();
        PeriodEnd period = PeriodCount.from(receivedAtStore, refund, calendar);
        if (issuedAt == null) {
            return new RefundDue(period, null, Reason.of("refund.due",
                    "The refund is due by the end of {0} (Istanbul time): {1} days from the goods reaching the store"
                            + " on {2}.", period.end(), refund.length(), period.from()));
        }
        LocalDateTime issuedLocal = issuedAt.atZone(TurkishCalendar.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES);
        return period.isInTime(issuedAt)
                ? new RefundDue(period, true, Reason.of("refund.issuedInTime",
                        "The refund was issued on {0}, within the deadline at the end of {1} (Istanbul time).",
                        issuedLocal, period.end()))
                : new RefundDue(period, false, Reason.of("refund.issuedLate",
                        "The refund was issued on {0}, after the deadline at the end of {1} (Istanbul time).",
                        issuedLocal, period.end()));
    }
}
