package com.aftercare.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Bank business days (PAY-3): Monday to Friday but full holidays; eves count")
class BankDaysTest {

    private final TurkishCalendar calendar = TurkishCalendar.official();

    @ParameterizedTest(name = "{3}: {0} + {1} bank days = {2}")
    @CsvSource(textBlock = """
            2026-04-17, 1, 2026-04-20, from a Friday: the weekend is skipped
            2026-04-17, 4, 2026-04-24, across a weekend and 23 April (Thursday)
            2026-05-25, 1, 2026-05-26, the bayram eve is a bank day: banks open in the morning
            2026-05-25, 2, 2026-06-01, across Kurban Bayramı and a weekend
            2026-03-18, 10, 2026-04-02, API.md's request with BANK
            2026-10-27, 2, 2026-10-30, 28 October eve counts, 29 October is skipped
            """)
    void addBankDays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.addBankDays(from, days)).isEqualTo(expected);
        assertThat(calendar.add(from, days, DayCount.BANK)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a Saturday is never a bank day, though it is a working day")
    void saturday() {
        LocalDate saturday = of(2026, 6, 6);

        assertThat(calendar.isBankDay(saturday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.countBetween(of(2026, 6, 5), of(2026, 6, 8), DayCount.BANK)).isEqualTo(1);
    }
}
