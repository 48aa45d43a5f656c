package com.aftercare.calendar.web;

import com.aftercare.calendar.DayCount;
import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.HolidayName;
import com.aftercare.calendar.PeriodEnd;
import com.aftercare.calendar.SkippedDay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The JSON answers of {@link CalendarController}, as API.md ("Calendar and policy") describes them. */
final class CalendarResponses {

    private CalendarResponses() {
    }

    record HolidaysResponse(int year, List<HolidayView> holidays) {
    }

    record HolidayView(LocalDate date, HolidayName name, boolean halfDay, HolidayKind kind) {
        static HolidayView of(Holiday holiday) {
            return new HolidayView(holiday.date(), holiday.name(), holiday.halfDay(), holiday.kind());
        }
    }

    record AddWorkingDaysResponse(LocalDate from, int days, DayCount convention, LocalDate date,
                                  List<SkippedDay> skipped) {
    }

    /**
     * {@code endsAt} is the last second of the period, as people read it ("until 23:59:59"); {@code endsBefore}
     * is the exact bound: a moment before it is in time.
     */
    record PeriodEndResponse(LocalDate from, int days, LocalDate nominalEnd, LocalDate end,
                             OffsetDateTime endsAt, OffsetDateTime endsBefore, List<SkippedDay> extendedBecause) {
        static PeriodEndResponse of(PeriodEnd period) {
            return new PeriodEndResponse(period.from(), period.days(), period.nominalEnd(), period.end(),
                    period.lastMoment().truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime(),
                    period.endsBefore().toOffsetDateTime(), period.extendedBecause());
        }
    }
}
