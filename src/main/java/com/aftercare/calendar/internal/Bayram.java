package com.aftercare.calendar.internal;

import com.aftercare.calendar.HolidayName;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The two religious holidays and where they sit in the Hijri year. Law 2429 art. 2: Ramazan Bayramı is three
 * days from 1 Shawwal, Kurban Bayramı four days from 10 Dhu al-Hijjah, each starting at noon of the eve (arife).
 *
 * <p>The Hijri dates come from {@link HijrahDate}, the JDK's Umm al-Qura calendar. It matches the dates Turkey's
 * Presidency of Religious Affairs (Diyanet) announced for every bayram of 2018–2026 (checked by hand against the
 * official lists; 2024–2026 are tests). Jollyday's Turkey file computes with this same chronology
 * ({@code HijrahChronology.INSTANCE}, read from its bytecode) but yields only each bayram's first day, so it adds
 * nothing here. Where Diyanet's announcement differs one year, the override file moves the bayram.
 */
public enum Bayram {
    RAMAZAN(10, 1, 3, new HolidayName("Ramadan Feast", "Ramazan Bayramı")),
    KURBAN(12, 10, 4, new HolidayName("Feast of Sacrifice", "Kurban Bayramı"));

    private final int hijriMonth;
    private final int hijriDay;
    private final int length;
    private final HolidayName name;

    Bayram(int hijriMonth, int hijriDay, int length, HolidayName name) {
        this.hijriMonth = hijriMonth;
        this.hijriDay = hijriDay;
        this.length = length;
        this.name = name;
    }

    public int length() {
        return length;
    }

    /** The name of its {@code day}-th day (1-based), e.g. "Kurban Bayramı 2. gün". */
    HolidayName dayName(int day) {
        return new HolidayName(name.en() + ", day " + day, name.tr() + " " + day + ". gün");
    }

    HolidayName eveName() {
        return new HolidayName(name.en() + " Eve (afternoon)", name.tr() + " Arifesi (öğleden sonra)");
    }

    /** The bayram's name in both languages, for messages. */
    String title() {
        return name.tr() + " (" + name.en() + ")";
    }

    /**
     * The computed first days of this bayram whose eve or days may fall between {@code from} and {@code to}:
     * one per Hijri year touching that stretch (a Gregorian year holds one or, as 2033's Ramazan Bayramı, two).
     */
    Stream<LocalDate> computedFirstDays(LocalDate from, LocalDate to) {
        int firstHijriYear = HijrahDate.from(from.minusDays(length)).get(ChronoField.YEAR);
        int lastHijriYear = HijrahDate.from(to.plusDays(1)).get(ChronoField.YEAR);
        return IntStream.rangeClosed(firstHijriYear, lastHijriYear)
                .mapToObj(hijriYear -> LocalDate.from(HijrahDate.of(hijriYear, hijriMonth, hijriDay)));
    }
}
