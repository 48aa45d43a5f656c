package com.aftercare.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One official holiday on one date: a full day off, or a half-day eve (its afternoon off).
 */
public record Holiday(LocalDate date, HolidayName name, HolidayKind kind) implements Comparable<Holiday> {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** True for an eve: only the afternoon is off, and every day count treats the day as worked. */
    public boolean halfDay() {
        return kind.halfDay();
    }

    /** True for a whole day off: the day counts of the policy book skip it. */
    public boolean fullDay() {
        return !halfDay();
    }

    @Override
    public int compareTo(Holiday other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : kind.compareTo(other.kind);
    }
}
