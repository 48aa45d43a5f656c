package com.aftercare.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("Working days (iş günü): Sundays and full holidays are skipped; Saturdays and eves count")
class WorkingDaysTest {

    private final TurkishCalendar calendar = TurkishCalendar.official();

    @ParameterizedTest(name = "{3}: {0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            2026-05-20, 10, 2026-06-05, POLICY.md example (WAR-4): 10th working day
            2026-05-20, 20, 2026-06-17, POLICY.md example: 20th working day
            2026-05-27, 1,  2026-06-01, starts on a bayram day: its rest and the Sunday are skipped
            2026-05-22, 5,  2026-06-02, crosses Kurban Bayramı (26 May eve counts; 27-30 May and 31 May skipped)
            2026-06-01, 5,  2026-06-06, ends on a Saturday: Saturdays count
            2026-05-25, 1,  2026-05-26, the next day is the bayram eve: it counts
            2026-10-27, 2,  2026-10-30, 28 October eve counts, 29 October is skipped
            2026-03-18, 10, 2026-04-01, API.md's request: 19 Mar eve counts, 20-22 Mar skipped
            2026-12-30, 3,  2027-01-04, crosses New Year: 1 Jan and Sunday 3 Jan skipped
            2026-05-20, 0,  2026-05-20, zero days is the day itself
            """)
    void addWorkingDays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
        assertThat(calendar.add(from, days, DayCount.WORKING)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a Saturday is a working day, a Sunday and a full holiday are not, an eve is")
    void isWorkingDay() {
        assertThat(of(2026, 6, 6).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(of(2026, 6, 6))).isTrue();
        assertThat(calendar.isWorkingDay(of(2026, 6, 7))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 5, 27))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 5, 26))).isTrue();
    }

    @Test
    @DisplayName("counting working days elapsed is the inverse of adding them")
    void countBetween() {
        LocalDate notified = of(2026, 5, 20);

        assertThat(calendar.workingDaysBetween(notified, of(2026, 6, 5))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(notified, of(2026, 6, 17))).isEqualTo(20);
        assertThat(calendar.workingDaysBetween(notified, notified)).isZero();
        for (int n = 0; n <= 60; n++) {
            assertThat(calendar.workingDaysBetween(notified, calendar.addWorkingDays(notified, n))).isEqualTo(n);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDaysBetween(notified, notified.minusDays(1)));
    }

    @Test
    @DisplayName("lists the days it skipped, with the reason")
    void skipped() {
        assertThat(calendar.skippedBetween(of(2026, 5, 22), of(2026, 6, 2), DayCount.WORKING))
                .extracting(SkippedDay::date, d -> d.reason().en())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(of(2026, 5, 24), "Sunday"),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 5, 27), "Feast of Sacrifice, day 1"),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 5, 28), "Feast of Sacrifice, day 2"),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 5, 29), "Feast of Sacrifice, day 3"),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 5, 30), "Feast of Sacrifice, day 4"),
                        org.assertj.core.groups.Tuple.tuple(of(2026, 5, 31), "Sunday"));
    }

    @Test
    @DisplayName("a negative number of days is refused")
    void negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(of(2026, 5, 20), -1));
    }
}
