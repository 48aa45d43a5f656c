package com.aftercare.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("A period in days ends on its last day, moved past Sundays and full holidays (TBK art. 93)")
class PeriodEndTest {

    private final TurkishCalendar calendar = TurkishCalendar.official();

    @ParameterizedTest(name = "{3}: {0} + {1} days ends {2}")
    @CsvSource(textBlock = """
            2026-05-13, 14, 2026-06-01, POLICY.md example (RET-1): 27 May is Kurban Bayramı; 27-30 May then Sunday 31 May
            2026-05-04, 14, 2026-05-18, an ordinary Monday: not moved
            2026-05-03, 14, 2026-05-18, last day Sunday 17 May: moved to Monday
            2026-05-02, 14, 2026-05-16, last day a Saturday: not moved
            2026-05-12, 14, 2026-05-26, last day the bayram eve: its morning is worked, not moved
            2026-03-07, 14, 2026-03-23, last day Saturday 21 March in Ramazan Bayramı: moved past it and the Sunday
            2026-10-15, 14, 2026-10-30, last day 29 October: moved to the 30th
            2026-10-14, 14, 2026-10-28, last day the 28 October eve: not moved
            2026-12-18, 14, 2027-01-02, last day 1 January: moved to Saturday the 2nd
            2026-05-27, 0,  2026-06-01, zero days from a holiday: the day itself, moved
            """)
    void periodEnd(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.periodEnd(from, days)).isEqualTo(expected);
        assertThat(calendar.add(from, days, DayCount.DAYS)).isEqualTo(expected);
    }

    @Nested
    @DisplayName("the POLICY.md example, delivered Wed 13 May 2026, 14 days")
    class PolicyExample {

        private final PeriodEnd period = calendar.periodEndOf(of(2026, 5, 13), 14);

        @Test
        @DisplayName("says why it was extended")
        void reasons() {
            assertThat(period.nominalEnd()).isEqualTo(of(2026, 5, 27));
            assertThat(period.extended()).isTrue();
            assertThat(period.extendedBecause()).extracting(SkippedDay::date)
                    .containsExactly(of(2026, 5, 27), of(2026, 5, 28), of(2026, 5, 29), of(2026, 5, 30),
                            of(2026, 5, 31));
            assertThat(period.extendedBecause().getLast().reason().tr()).isEqualTo("Pazar");
        }

        @Test
        @DisplayName("closes at midnight in Istanbul at the end of 1 June")
        void moment() {
            assertThat(period.endsBefore()).isEqualTo(ZonedDateTime.parse("2026-06-02T00:00+03:00[Europe/Istanbul]"));
            assertThat(period.lastMoment()).isEqualTo(
                    ZonedDateTime.parse("2026-06-01T23:59:59.999999999+03:00[Europe/Istanbul]"));
            assertThat(period.isInTime(ZonedDateTime.parse("2026-06-01T23:59:59+03:00").toInstant())).isTrue();
            assertThat(period.isInTime(ZonedDateTime.parse("2026-06-01T21:00:00Z").toInstant())).isFalse();
        }
    }

    @Test
    @DisplayName("a negative length is refused")
    void negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.periodEnd(of(2026, 5, 13), -1));
    }
}
