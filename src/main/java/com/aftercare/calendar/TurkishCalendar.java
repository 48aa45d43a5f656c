package com.aftercare.calendar;

import com.aftercare.calendar.internal.TurkishHolidaySchedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Turkey's official holidays and the three ways the policy book ("Counting days") counts a period. Plain Java, no
 * clock: every date is an argument. Thread-safe; each year's holidays are computed once and kept.
 *
 * <p>How a half-day eve (arife, 28 October afternoon) is treated, per convention:
 * <ul>
 *   <li>{@link DayCount#DAYS}: an eve as the last day does not move the end; TBK art. 93 moves only past an
 *       official holiday, and an eve's morning is a working morning.</li>
 *   <li>{@link DayCount#WORKING}: an eve counts as a working day (the policy book says so: its morning is worked).</li>
 *   <li>{@link DayCount#BANK}: an eve on Monday–Friday counts as a bank day: banks open on the eve's morning.</li>
 * </ul>
 * {@link #isHoliday(LocalDate)} is therefore true only for full days; {@link #isHalfDayEve(LocalDate)} tells eves.
 */
public final class TurkishCalendar {

    /** The store's zone: every period ends at midnight here. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    private static final HolidayName SUNDAY = new HolidayName("Sunday", "Pazar");
    private static final HolidayName SATURDAY = new HolidayName("Saturday", "Cumartesi");

    private final HolidaySchedule schedule;
    private final Map<Integer, YearHolidays> years = new ConcurrentHashMap<>();

    public TurkishCalendar(HolidaySchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The official calendar: computed holidays corrected by the override file shipped with the service
     * ({@code calendar/holiday-overrides.yaml}). For code and tests outside Spring; the application uses the bean.
     */
    public static TurkishCalendar official() {
        return new TurkishCalendar(TurkishHolidaySchedule.withShippedOverrides());
    }

    // --- holidays -------------------------------------------------------------------------------------------

    /** Every holiday dated in {@code year}, full days and half-day eves, sorted by date. */
    public List<Holiday> holidaysIn(int year) {
        return year(year).all();
    }

    /** The holidays on one date (usually none, sometimes two, e.g. 23 April within a bayram). */
    public List<Holiday> holidaysOn(LocalDate date) {
        return year(date.getYear()).on(date);
    }

    /** The holidays dated after {@code fromExclusive} up to and including {@code toInclusive}, sorted. */
    public List<Holiday> holidaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        List<Holiday> found = new ArrayList<>();
        for (int y = fromExclusive.getYear(); y <= toInclusive.getYear(); y++) {
            year(y).all().stream()
                    .filter(h -> h.date().isAfter(fromExclusive) && !h.date().isAfter(toInclusive))
                    .forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** True if {@code date} is a full official holiday. A half-day eve is not a holiday here. */
    public boolean isHoliday(LocalDate date) {
        return holidaysOn(date).stream().anyMatch(Holiday::fullDay);
    }

    /** True if {@code date} is a half-day eve and not also a full holiday. */
    public boolean isHalfDayEve(LocalDate date) {
        List<Holiday> on = holidaysOn(date);
        return on.stream().anyMatch(Holiday::halfDay) && on.stream().noneMatch(Holiday::fullDay);
    }

    // --- the three conventions -------------------------------------------------------------------------------

    /** İş günü (WORKING): every day but Sundays and full holidays; Saturdays and eves count. */
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** Bank business day (BANK): Monday to Friday but full holidays; an eve counts. */
    public boolean isBankDay(LocalDate date) {
        return !isWeekend(date) && !isHoliday(date);
    }

    /** Whether {@code date} is counted by {@code convention}; for DAYS every day is. */
    public boolean counts(LocalDate date, DayCount convention) {
        return switch (convention) {
            case DAYS -> true;
            case WORKING -> isWorkingDay(date);
            case BANK -> isBankDay(date);
        };
    }

    /**
     * The date {@code n} days after {@code from} in {@code convention}: for DAYS the {@link #periodEnd} (the
     * last day, moved past Sundays and holidays); for WORKING and BANK the n-th counted day after {@code from}.
     */
    public LocalDate add(LocalDate from, int n, DayCount convention) {
        return switch (convention) {
            case DAYS -> periodEnd(from, n);
            case WORKING -> addWorkingDays(from, n);
            case BANK -> addBankDays(from, n);
        };
    }

    /** The last day of a period of {@code days} calendar days from {@code from} (DAYS, TBK art. 93). */
    public LocalDate periodEnd(LocalDate from, int days) {
        return periodEndOf(from, days).end();
    }

    /**
     * A period of {@code days} calendar days from {@code from}: its last day is {@code from + days}; if that is a
     * Sunday or a full official holiday, the period ends on the next day that is neither (the policy book, RET-1/RET-6).
     */
    public PeriodEnd periodEndOf(LocalDate from, int days) {
        requireCount(days);
        LocalDate nominal = from.plusDays(days);
        List<SkippedDay> moved = new ArrayList<>();
        LocalDate end = nominal;
        while (end.getDayOfWeek() == DayOfWeek.SUNDAY || isHoliday(end)) {
            moved.add(skipped(end));
            end = end.plusDays(1);
        }
        return new PeriodEnd(from, days, nominal, end, moved);
    }

    /** The n-th working day (iş günü) after {@code from}; counting starts the day after (WAR-4, WAR-5, DLV-3). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return nthCountedDay(from, n, this::isWorkingDay);
    }

    /** The n-th bank business day after {@code from} (PAY-3). */
    public LocalDate addBankDays(LocalDate from, int n) {
        return nthCountedDay(from, n, this::isBankDay);
    }

    /** The days after {@code from} up to {@code date} that {@code convention} did not count, with the reason. */
    public List<SkippedDay> skippedBetween(LocalDate from, LocalDate date, DayCount convention) {
        List<SkippedDay> skipped = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
            if (!counts(d, convention)) {
                skipped.add(skipped(d));
            }
        }
        return List.copyOf(skipped);
    }

    /**
     * How many days {@code convention} counts after {@code fromExclusive} up to and including {@code toInclusive}
     * (e.g. "the repair took N working days"); 0 if they are the same day. The inverse of
     * {@link #addWorkingDays}/{@link #addBankDays}: {@code countBetween(d, addWorkingDays(d, n), WORKING) == n}.
     *
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
     */
    public int countBetween(LocalDate fromExclusive, LocalDate toInclusive, DayCount convention) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(
                    "The end " + toInclusive + " is before the start " + fromExclusive);
        }
        if (convention == DayCount.DAYS) {
            return Math.toIntExact(ChronoUnit.DAYS.between(fromExclusive, toInclusive));
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (counts(d, convention)) {
                count++;
            }
        }
        return count;
    }

    /** Working days (iş günü) after {@code fromExclusive} up to and including {@code toInclusive}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return countBetween(fromExclusive, toInclusive, DayCount.WORKING);
    }

    // --- internals -------------------------------------------------------------------------------------------

    private LocalDate nthCountedDay(LocalDate from, int n, Predicate<LocalDate> counted) {
        requireCount(n);
        LocalDate day = from;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (counted.test(day)) {
                left--;
            }
        }
        return day;
    }

    private SkippedDay skipped(LocalDate date) {
        HolidayName reason = holidaysOn(date).stream()
                .filter(Holiday::fullDay)
                .map(Holiday::name)
                .findFirst()
                .orElse(date.getDayOfWeek() == DayOfWeek.SUNDAY ? SUNDAY : SATURDAY);
        return new SkippedDay(date, reason);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of days cannot be negative: " + n);
        }
    }

    private YearHolidays year(int year) {
        return years.computeIfAbsent(year, y -> YearHolidays.of(schedule.holidaysIn(y)));
    }
}
