package com.aftercare.calendar;

import java.time.LocalDate;

/**
 * A day a count passed over without counting it, and why (a holiday's name, or "Sunday"/"Saturday").
 */
public record SkippedDay(LocalDate date, HolidayName reason) {
}
