package com.aftercare.calendar.internal;

import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.HolidayName;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A holiday the computed calendar does not know, added by the override file because a new law created it:
 * once, or every year from a given year on; one day or a span of days.
 */
sealed interface AddedHoliday {

    /** Its days dated in {@code year}. */
    Stream<Holiday> in(int year);

    /** A holiday on one date, lasting {@code days} days (a span may run into the next year). */
    record Once(LocalDate firstDay, int days, HolidayName name, HolidayKind kind) implements AddedHoliday {
        @Override
        public Stream<Holiday> in(int year) {
            return span(firstDay, days, name, kind).filter(h -> h.date().getYear() == year);
        }
    }

    /** A holiday on the same month-day each year from {@code fromYear} to {@code untilYear}, both included. */
    record Yearly(MonthDay firstDay, int days, HolidayName name, HolidayKind kind, int fromYear, int untilYear)
            implements AddedHoliday {
        @Override
        public Stream<Holiday> in(int year) {
            // A span that starts late in December reaches into the next year.
            return IntStream.of(year - 1, year)
                    .filter(y -> y >= fromYear && y <= untilYear)
                    .mapToObj(y -> firstDay.atYear(y))
                    .flatMap(first -> span(first, days, name, kind))
                    .filter(h -> h.date().getYear() == year);
        }
    }

    private static Stream<Holiday> span(LocalDate first, int days, HolidayName name, HolidayKind kind) {
        return IntStream.range(0, days).mapToObj(i -> new Holiday(first.plusDays(i), name, kind));
    }
}
