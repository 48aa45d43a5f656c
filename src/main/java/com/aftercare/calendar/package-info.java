/**
 * The calendar module: Turkey's official holidays for any year and the three day counts of the policy book
 * ("Counting days"). Its API is this package: {@link com.aftercare.calendar.TurkishCalendar} (a bean, or
 * {@code TurkishCalendar.official()} outside Spring), {@link com.aftercare.calendar.Holiday},
 * {@link com.aftercare.calendar.PeriodEnd} and {@link com.aftercare.calendar.DayCount}. The computation and the
 * override file ({@code calendar/holiday-overrides.yaml}) are internal; the HTTP endpoints live in {@code web}.
 */
package com.aftercare.calendar;
