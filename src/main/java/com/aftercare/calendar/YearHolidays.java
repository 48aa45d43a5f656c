package com.aftercare.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One year's holidays, sorted and indexed by date; immutable, so the calendar's cache can share it. */
record YearHolidays(List<Holiday> all, Map<LocalDate, List<Holiday>> byDate) {

    static YearHolidays of(List<Holiday> holidays) {
        List<Holiday> sorted = holidays.stream().sorted().toList();
        Map<LocalDate, List<Holiday>> byDate = sorted.stream()
                .collect(Collectors.groupingBy(Holiday::date, Collectors.toUnmodifiableList()));
        return new YearHolidays(sorted, Map.copyOf(byDate));
    }

    List<Holiday> on(LocalDate date) {
        return byDate.getOrDefault(date, List.of());
    }
}
