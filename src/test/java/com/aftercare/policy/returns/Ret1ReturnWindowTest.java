package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.CALENDAR;
import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static com.aftercare.policy.returns.PolicyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.DayCount;
import com.aftercare.calendar.SkippedDay;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("RET-1: a return is asked for within 14 days of delivery, counted in Istanbul")
class Ret1ReturnWindowTest {

    private final ReturnWindow window = new ReturnWindow(POLICY, CALENDAR);

    @Nested
    @DisplayName("delivered Mon 2 March 2026, day 14 is Mon 16 March")
    class PlainFortnight {

        private final Instant delivered = istanbul("2026-03-02T10:00");

        @ParameterizedTest(name = "asked {0} Istanbul time -> {1}")
        @CsvSource({
                "2026-03-02T10:05,    ACCEPTED",
                "2026-03-09T12:00,    ACCEPTED",
                "2026-03-16T23:59,    ACCEPTED",
                "2026-03-16T23:59:59, ACCEPTED",
                "2026-03-17T00:00,    REJECTED",
                "2026-03-17T00:01,    REJECTED",
                "2026-04-01T09:00,    REJECTED",
        })
        void the_last_minute_of_day_14_is_in_time_and_the_first_of_day_15_is_not(String asked, Outcome outcome) {
            WindowDecision decision = window.judge(delivered, istanbul(asked));

            assertThat(decision.verdict().outcome()).isEqualTo(outcome);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("RET-1"));
            assertThat(decision.deadline().end()).isEqualTo(LocalDate.of(2026, 3, 16));
        }

        @ParameterizedTest(name = "asked {0} (UTC) -> {1}")
        @CsvSource({
                "2026-03-16T20:59:00Z, ACCEPTED",   // 23:59 in Istanbul
                "2026-03-16T21:00:00Z, REJECTED",   // 00:00 on 17 March in Istanbul
                "2026-03-16T22:30:00Z, REJECTED",   // still the 16th in UTC, already 01:30 on the 17th in Istanbul
        })
        void the_day_ends_at_midnight_in_istanbul_not_in_utc(Instant asked, Outcome outcome) {
            assertThat(window.judge(delivered, asked).verdict().outcome()).isEqualTo(outcome);
        }

        @Test
        void the_window_shows_its_last_moment_in_istanbul() {
            WindowDecision decision = window.judge(delivered, istanbul("2026-03-03T09:00"));

            assertThat(decision.lastMoment()).hasValueSatisfying(last -> assertThat(last.toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.of(2026, 3, 16, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(3))));
            assertThat(decision.verdict().reason().key()).isEqualTo("return.window.open");
        }

        @Test
        void a_late_request_is_rejected_with_the_closing_date_in_the_reason() {
            WindowDecision decision = window.judge(delivered, istanbul("2026-03-17T00:00"));

            assertThat(decision.verdict().reason().key()).isEqualTo("return.window.closed");
            assertThat(decision.verdict().reason().defaultText()).isEqualTo(
                    "The 14-day return window from delivery on 2026-03-02 closed at the end of 2026-03-16"
                            + " (Istanbul time); the request came on 2026-03-17T00:00.");
        }
    }

    @Test
    @DisplayName("a delivery at 22:30 UTC is the next day in Istanbul, and the count starts there")
    void the_delivery_day_is_taken_in_istanbul() {
        Instant delivered = Instant.parse("2026-03-01T22:30:00Z");   // 01:30 on Mon 2 March in Istanbul

        WindowDecision decision = window.judge(delivered, istanbul("2026-03-16T23:00"));

        assertThat(decision.deadline().from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(decision.deadline().end()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Nested
    @DisplayName("day 14 on a Sunday: delivered Sun 8 Feb 2026, day 14 is Sun 22 Feb")
    class Sunday {

        private final Instant delivered = istanbul("2026-02-08T15:00");

        @ParameterizedTest(name = "asked {0} -> {1}")
        @CsvSource({
                "2026-02-22T23:59, ACCEPTED",
                "2026-02-23T23:59, ACCEPTED",
                "2026-02-24T00:00, REJECTED",
        })
        void the_window_runs_to_the_end_of_monday(String asked, Outcome outcome) {
            WindowDecision decision = window.judge(delivered, istanbul(asked));

            assertThat(decision.verdict().outcome()).isEqualTo(outcome);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("RET-1"));
            assertThat(decision.deadline().end()).isEqualTo(LocalDate.of(2026, 2, 23));
            assertThat(decision.deadline().extendedBecause()).extracting(SkippedDay::date)
                    .containsExactly(LocalDate.of(2026, 2, 22));
        }
    }

    @Nested
    @DisplayName("day 14 in Kurban Bayramı: delivered Wed 13 May 2026 (POLICY.md's example)")
    class Bayram {

        private final Instant delivered = istanbul("2026-05-13T11:00");

        @ParameterizedTest(name = "asked {0} -> {1}")
        @CsvSource({
                "2026-05-27T10:00, ACCEPTED",   // day 14, first day of the bayram
                "2026-05-31T23:59, ACCEPTED",   // Sunday after the bayram
                "2026-06-01T23:59, ACCEPTED",   // Monday: the window's true last day
                "2026-06-02T00:00, REJECTED",
        })
        void the_window_closes_at_the_end_of_monday_1_june(String asked, Outcome outcome) {
            WindowDecision decision = window.judge(delivered, istanbul(asked));

            assertThat(decision.verdict().outcome()).isEqualTo(outcome);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("RET-1"));
            assertThat(decision.deadline().nominalEnd()).isEqualTo(LocalDate.of(2026, 5, 27));
            assertThat(decision.deadline().end()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(decision.deadline().extendedBecause()).hasSize(5);   // 27-30 May bayram, 31 May Sunday
        }
    }

    @Test
    @DisplayName("goods not delivered yet: rejected, there is no window to be in")
    void not_delivered() {
        WindowDecision decision = window.judge(null, istanbul("2026-03-03T09:00"));

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("RET-1"));
        assertThat(decision.verdict().reason().key()).isEqualTo("return.notDelivered");
        assertThat(decision.verdict().reason().defaultText()).contains("counted from delivery")
                .contains("have not been delivered yet");
        assertThat(decision.deadline()).isNull();
        assertThat(decision.lastMoment()).isEmpty();
    }

    @Nested
    @DisplayName("the period is the policy file's, not a number in the code")
    class FromThePolicyFile {

        private final Instant delivered = istanbul("2026-03-02T10:00");
        private final Instant onFirstApril = istanbul("2026-04-01T12:00");

        @Test
        void a_30_day_window_in_the_file_keeps_the_window_open_longer() {
            ReturnWindow longer = new ReturnWindow(PolicyFixture.withReturnWindow(new Period(30, DayCount.DAYS)),
                    CALENDAR);

            assertThat(window.judge(delivered, onFirstApril).verdict().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(longer.judge(delivered, onFirstApril).verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(longer.judge(delivered, onFirstApril).deadline().end()).isEqualTo(LocalDate.of(2026, 4, 1));
        }

        @Test
        void a_window_in_working_days_counts_saturdays_and_skips_sundays() {
            ReturnWindow working = new ReturnWindow(PolicyFixture.withReturnWindow(new Period(14, DayCount.WORKING)),
                    CALENDAR);

            WindowDecision decision = working.judge(delivered, istanbul("2026-03-18T23:59"));

            assertThat(decision.deadline().end()).isEqualTo(LocalDate.of(2026, 3, 18));
            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(working.judge(delivered, istanbul("2026-03-19T00:00")).verdict().outcome())
                    .isEqualTo(Outcome.REJECTED);
        }
    }
}
