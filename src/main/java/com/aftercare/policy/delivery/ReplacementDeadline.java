package com.aftercare.policy.delivery;

import com.aftercare.calendar.DayCount;
import com.aftercare.calendar.PeriodEnd;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * DLV-3: the store replaces goods damaged in transport within the policy's period, counted from the day the
 * carrier's damage report was written, in the convention the policy file names (today 14 working days:
 * Saturdays and half-day eves count, Sundays and holidays do not; counting starts the next day).
 */
public final class ReplacementDeadline {

    private final PolicyVersion policy;
    private final TurkishCalendar calendar;

    public ReplacementDeadline(PolicyVersion policy, TurkishCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The replacement period for a damage report written on {@code reportDate} (Istanbul). */
    public ReplacementDue due(LocalDate reportDate) {
        Objects.requireNonNull(reportDate, "reportDate");
        Period period = policy.replacementDeadline();
        if (period.convention() == DayCount.DAYS) {
            return new ReplacementDue(calendar.periodEndOf(reportDate, period.length()));
        }
        // WORKING and BANK count only their own days, so their n-th day never needs moving.
        LocalDate end = calendar.add(reportDate, period.length(), period.convention());
        return new ReplacementDue(new PeriodEnd(reportDate, period.length(), end, end, List.of()));
    }
}
