package com.aftercare.calendar.internal;

import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.HolidayName;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * A holiday on the same Gregorian day each year, from the year the law made it one (Law 2429 on national and
 * general holidays, as amended).
 */
record FixedHoliday(MonthDay day, HolidayName name, HolidayKind kind, int fromYear) {

    /**
     * Turkey's fixed holidays. Jollyday's Turkey file lists the same seven full days, but gives 15 July for every
     * year (it is a holiday only since Law 6752 of 2016, first kept in 2017), has no 28 October eve and no Turkish
     * names; this table is the one source of truth. 1 May is a holiday again since Law 5892 of 2009. Older
     * history (before 2009) is not modelled: the counts serve current and future cases.
     */
    static final List<FixedHoliday> TURKEY = List.of(
            full(1, 1, "New Year's Day", "Yılbaşı", 1900),
            full(4, 23, "National Sovereignty and Children's Day", "Ulusal Egemenlik ve Çocuk Bayramı", 1900),
            full(5, 1, "Labour and Solidarity Day", "Emek ve Dayanışma Günü", 2009),
            full(5, 19, "Commemoration of Atatürk, Youth and Sports Day",
                    "Atatürk'ü Anma, Gençlik ve Spor Bayramı", 1900),
            full(7, 15, "Democracy and National Unity Day", "Demokrasi ve Milli Birlik Günü", 2017),
            full(8, 30, "Victory Day", "Zafer Bayramı", 1900),
            new FixedHoliday(MonthDay.of(10, 28),
                    new HolidayName("Republic Day Eve (afternoon)", "Cumhuriyet Bayramı Arifesi (öğleden sonra)"),
                    HolidayKind.NATIONAL_EVE, 1900),
            full(10, 29, "Republic Day", "Cumhuriyet Bayramı", 1900));

    private static FixedHoliday full(int month, int day, String en, String tr, int fromYear) {
        return new FixedHoliday(MonthDay.of(month, day), new HolidayName(en, tr), HolidayKind.NATIONAL, fromYear);
    }

    Optional<Holiday> in(int year) {
        if (year < fromYear) {
            return Optional.empty();
        }
        return Optional.of(new Holiday(day.atYear(year), name, kind));
    }
}
