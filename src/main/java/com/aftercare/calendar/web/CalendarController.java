package com.aftercare.calendar.web;

import com.aftercare.platform.web.InvalidInputException;

import com.aftercare.calendar.DayCount;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.calendar.web.CalendarResponses.AddWorkingDaysResponse;
import com.aftercare.calendar.web.CalendarResponses.HolidayView;
import com.aftercare.calendar.web.CalendarResponses.HolidaysResponse;
import com.aftercare.calendar.web.CalendarResponses.PeriodEndResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * The calendar API of API.md ("Calendar and policy"): Turkey's holidays and the day counts of the policy book
 * ("Counting days"). Read-only; any authenticated role may call it (the platform's security decides that).
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Turkey's official holidays and the day-count conventions of the policy")
class CalendarController {

    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2150;
    /** Ten years of days: longer than any period of the policy, short enough to answer at once. */
    static final int MAX_DAYS = 3660;

    private final TurkishCalendar calendar;

    CalendarController(TurkishCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/holidays")
    @Operation(summary = "Turkey's official holidays of one year",
            description = "Every full holiday and every half-day eve (the afternoon before a bayram, and 28 October "
                    + "afternoon), sorted by date, with English and Turkish names. Eves have halfDay true: their "
                    + "morning is worked, so no day count skips them.")
    HolidaysResponse holidays(
            @Parameter(description = "The Gregorian year, 1950 to 2150", example = "2026")
            @RequestParam @Min(FIRST_YEAR) @Max(LAST_YEAR) int year) {
        return new HolidaysResponse(year, calendar.holidaysIn(year).stream().map(HolidayView::of).toList());
    }

    @GetMapping("/add-working-days")
    @Operation(summary = "The date a number of working days after a day",
            description = "Counting starts the day after 'from'. WORKING (iş günü): every day but Sundays and full "
                    + "holidays; Saturdays and half-day eves count. BANK: Monday to Friday but full holidays; eves "
                    + "count. 'skipped' lists the days passed over and why.")
    AddWorkingDaysResponse addWorkingDays(
            @Parameter(description = "The day of the event, yyyy-MM-dd; not itself counted", example = "2026-05-20")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "How many days to add, 0 to 3660", example = "10")
            @RequestParam @Min(0) @Max(MAX_DAYS) int days,
            @Parameter(description = "WORKING (the default) or BANK")
            @RequestParam(defaultValue = "WORKING") DayCount convention) {
        requireSupported(from);
        if (convention == DayCount.DAYS) {
            throw new InvalidInputException("convention",
                    "must be WORKING or BANK; for calendar days use /api/v1/calendar/period-end");
        }
        LocalDate date = calendar.add(from, days, convention);
        return new AddWorkingDaysResponse(from, days, convention, date,
                calendar.skippedBetween(from, date, convention));
    }

    @GetMapping("/period-end")
    @Operation(summary = "The end of a period counted in calendar days",
            description = "The last day is 'from' plus 'days'; if it is a Sunday or a full official holiday the "
                    + "period ends on the next day that is neither (TBK art. 93). A half-day eve does not move it. "
                    + "endsAt is the last second of that day in Europe/Istanbul; endsBefore the exclusive bound.")
    PeriodEndResponse periodEnd(
            @Parameter(description = "The day the period runs from, yyyy-MM-dd", example = "2026-05-13")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "The period's length in days, 0 to 3660", example = "14")
            @RequestParam @Min(0) @Max(MAX_DAYS) int days) {
        requireSupported(from);
        return PeriodEndResponse.of(calendar.periodEndOf(from, days));
    }

    private static void requireSupported(LocalDate from) {
        if (from.getYear() < FIRST_YEAR || from.getYear() > LAST_YEAR) {
            throw new InvalidInputException("from",
                    "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + from);
        }
    }
}
