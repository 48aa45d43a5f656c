package com.aftercare.policy;

import com.aftercare.calendar.DayCount;

/** A period a clause sets: its length and the day-count convention it is counted in. */
public record Period(int length, DayCount convention) {

    public Period {
        if (length < 1) {
            throw new IllegalArgumentException("a period is at least 1 day long, not " + length);
        }
    }
}
