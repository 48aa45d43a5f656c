package com.aftercare.cases.core;

import com.aftercare.calendar.TurkishCalendar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Moments written into a case's timeline as a person in the store reads them: Istanbul time, to the second. */
public final class CaseMoments {

    private CaseMoments() {
    }

    public static String local(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(TurkishCalendar.ZONE).toOffsetDateTime().toString();
    }
}
