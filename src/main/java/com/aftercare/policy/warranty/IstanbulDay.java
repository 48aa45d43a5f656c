package com.aftercare.policy.warranty;

import com.aftercare.calendar.TurkishCalendar;
import java.time.Instant;
import java.time.LocalDate;

/** The store counts days in Istanbul: a moment's day is its date there. */
final class IstanbulDay {

    private IstanbulDay() {
    }

    static LocalDate of(Instant moment) {
        return moment.atZone(TurkishCalendar.ZONE).toLocalDate();
    }
}
