package com.aftercare.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The end of a period counted in calendar days (the policy book "Counting days", convention {@link DayCount#DAYS}).
 *
 * <p>A period ends at the end of its last day in Europe/Istanbul. The exact bound is {@link #endsBefore()}, the
 * start of the following day, exclusive: a moment is in time if it is before it. {@link #lastMoment()} is the
 * same bound minus one nanosecond, for people and documents that want "until 23:59:59".
 *
 * @param from            the day the period runs from (delivery, receipt, ...), not itself counted
 * @param days            the length of the period in days
 * @param nominalEnd      {@code from + days}, before any extension
 * @param end             the last day of the period, after moving past Sundays and full holidays (TBK art. 93)
 * @param extendedBecause the days between {@code nominalEnd} and {@code end} that moved the end, in order
 */
public record PeriodEnd(LocalDate from, int days, LocalDate nominalEnd, LocalDate end,
                        List<SkippedDay> extendedBecause) {

    public PeriodEnd {
        extendedBecause = List.copyOf(extendedBecause);
    }

    /** The first moment after the period: the start of the day after {@link #end()} in Europe/Istanbul. */
    public ZonedDateTime endsBefore() {
        return end.plusDays(1).atStartOfDay(TurkishCalendar.ZONE);
    }

    /** The last moment inside the period: {@link #endsBefore()} minus one nanosecond. */
    public ZonedDateTime lastMoment() {
        return endsBefore().minusNanos(1);
    }

    /** Whether something done at {@code moment} (a request, a refund) is within the period. */
    public boolean isInTime(Instant moment) {
        return moment.isBefore(endsBefore().toInstant());
    }

    public boolean extended() {
        return !end.equals(nominalEnd);
    }
}
