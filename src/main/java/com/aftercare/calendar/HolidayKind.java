package com.aftercare.calendar;

/**
 * What sort of day off a {@link Holiday} is. The eves are half days: the morning is worked, so for the
 * day counts of the policy book ("Counting days") an eve is an ordinary day, never a day off.
 */
public enum HolidayKind {
    /** A full official day: 1 Jan, 23 Apr, 1 May, 19 May, 15 Jul, 30 Aug, 29 Oct, or a day a new law adds. */
    NATIONAL(false),
    /** The afternoon of 28 October, before Republic Day. */
    NATIONAL_EVE(true),
    /** A full day of Ramazan Bayramı or Kurban Bayramı. */
    RELIGIOUS(false),
    /** The afternoon before a bayram (arife). */
    RELIGIOUS_EVE(true);

    private final boolean halfDay;

    HolidayKind(boolean halfDay) {
        this.halfDay = halfDay;
    }

    public boolean halfDay() {
        return halfDay;
    }
}
