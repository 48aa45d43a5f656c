package com.aftercare.calendar;

import java.util.List;

/**
 * Where a {@link TurkishCalendar} gets its holidays from: every holiday, full days and half-day eves, whose
 * date falls in one Gregorian year.
 */
@FunctionalInterface
public interface HolidaySchedule {

    /** The holidays dated in {@code year}, in any order; the same date may carry two (e.g. 23 April in a bayram). */
    List<Holiday> holidaysIn(int year);
}
