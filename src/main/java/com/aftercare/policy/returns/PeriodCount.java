package com.aftercare.policy.returns;

import com.aftercare.calendar.DayCount;
import com.aftercare.calendar.PeriodEnd;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A clause's period counted from the day of an event in Istanbul, in the convention the policy file
 * names: a store that promises better terms may switch RET-1 or RET-6 to working days, and the rule
 * must follow the file, not assume calendar days.
 */
final class PeriodCount {

    private PeriodCount() {
    }

    static LocalDate dayOf(Instant moment) {
        return moment.atZone(TurkishCalendar.ZONE).toLocalDate();
    }

    static PeriodEnd from(Instant event, Period period, TurkishCalendar calendar) {
        LocalDate from = dayOf(event);
        if (period.convention() == DayCount.DAYS) {
            return calendar.periodEndOf(from, period.length());
        }
        // WORKING and BANK count only their own days, so their n-th day never needs moving.
        LocalDate end = calendar.add(from, period.length(), period.convention());
        return new PeriodEnd(from, period.length(), end, end, List.of());
    }
}
