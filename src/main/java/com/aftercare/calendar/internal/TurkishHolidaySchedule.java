package com.aftercare.calendar.internal;

import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.HolidaySchedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Turkey's holidays for any year, computed (fixed days from {@link FixedHoliday#TURKEY}, bayrams from the Hijri
 * calendar, see {@link Bayram}) and then corrected by the {@link HolidayOverrides}.
 */
public final class TurkishHolidaySchedule implements HolidaySchedule {

    /** The override file shipped with the service, on the classpath. */
    public static final String SHIPPED_OVERRIDES = "calendar/holiday-overrides.yaml";

    /** The years computed: the JDK's Umm al-Qura data covers 1882–2174, with margin for spans across a year end. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2170;

    private final HolidayOverrides overrides;

    public TurkishHolidaySchedule(HolidayOverrides overrides) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    public static TurkishHolidaySchedule withShippedOverrides() {
        return new TurkishHolidaySchedule(HolidayOverridesLoader.fromClasspath(SHIPPED_OVERRIDES));
    }

    @Override
    public List<Holiday> holidaysIn(int year) {
        requireSupported(year);
        Stream<Holiday> computed = Stream.concat(fixedDays(year), bayramDays(year))
                .filter(h -> !overrides.removals().contains(h.date()));
        Stream<Holiday> added = overrides.additions().stream().flatMap(a -> a.in(year));
        return Stream.concat(computed, added).sorted().toList();
    }

    static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Turkey's holidays are computed for the years " + FIRST_YEAR
                    + " to " + LAST_YEAR + " only, not for " + year);
        }
    }

    private static Stream<Holiday> fixedDays(int year) {
        return FixedHoliday.TURKEY.stream().map(f -> f.in(year)).flatMap(Optional::stream);
    }

    private Stream<Holiday> bayramDays(int year) {
        // Widened by a few days so that a bayram moved across New Year is still found.
        LocalDate from = LocalDate.of(year, 1, 1).minusDays(HolidayOverridesLoader.MAX_MOVE_DAYS);
        LocalDate to = LocalDate.of(year, 12, 31).plusDays(HolidayOverridesLoader.MAX_MOVE_DAYS);
        return Arrays.stream(Bayram.values())
                .flatMap(bayram -> bayram.computedFirstDays(from, to)
                        .map(computed -> overrides.officialFirstDay(bayram, computed))
                        .flatMap(first -> bayramWithEve(bayram, first)))
                .filter(h -> h.date().getYear() == year);
    }

    private static Stream<Holiday> bayramWithEve(Bayram bayram, LocalDate firstDay) {
        Holiday eve = new Holiday(firstDay.minusDays(1), bayram.eveName(), HolidayKind.RELIGIOUS_EVE);
        Stream<Holiday> days = IntStream.rangeClosed(1, bayram.length())
                .mapToObj(day -> new Holiday(firstDay.plusDays(day - 1L), bayram.dayName(day), HolidayKind.RELIGIOUS));
        return Stream.concat(Stream.of(eve), days);
    }
}
