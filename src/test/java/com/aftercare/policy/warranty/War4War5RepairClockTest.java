package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.CALENDAR;
import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static com.aftercare.policy.warranty.WarrantyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("WAR-4 and WAR-5: a repair within 20 working days, a loaner after 10")
class War4War5RepairClockTest {

    /** POLICY.md's example: Wed 20 May 2026, just before Kurban Bayramı (eve 26 May, 27-30 May). */
    private final RepairClock clock = RepairClock.startedAt(istanbul("2026-05-20T10:00"), POLICY, CALENDAR);

    @Nested
    @DisplayName("POLICY.md's example: notified Wed 20 May 2026")
    class PolicyExample {

        @Test
        void the_10th_working_day_is_friday_5_june_across_kurban_bayrami() {
            // 21, 22, 23 (Sat), 25, 26 (the eve: its morning is worked) May = 5; 27-30 May bayram, 24 and 31 Sundays;
            // 1-5 June = 10
            assertThat(clock.loanerDue()).isEqualTo(day("2026-06-05"));
        }

        @Test
        void the_20th_working_day_is_wednesday_17_june() {
            assertThat(clock.repairDue()).isEqualTo(day("2026-06-17"));
        }

        @Test
        void cites_war_4_and_war_5() {
            assertThat(clock.clauses()).isEqualTo(ids("WAR-4", "WAR-5"));
        }
    }

    @Test
    void the_notification_day_is_its_date_in_istanbul() {
        // 23:30 UTC on 19 May is 02:30 on 20 May in Istanbul
        RepairClock late = RepairClock.startedAt(Instant.parse("2026-05-19T23:30:00Z"), POLICY, CALENDAR);

        assertThat(late.notifiedOn()).isEqualTo(day("2026-05-20"));
        assertThat(late.repairDue()).isEqualTo(day("2026-06-17"));
    }

    @Test
    void across_ramazan_bayrami_the_loaner_is_due_on_the_10th_working_day() {
        // Mon 16 March 2026: 17, 18, 19 (the eve) = 3; 20-22 March bayram; 23-28 = 9; 29 Sunday; Mon 30 March = 10
        RepairClock ramazan = RepairClock.startedAt(istanbul("2026-03-16T15:00"), POLICY, CALENDAR);

        assertThat(ramazan.loanerDue()).isEqualTo(day("2026-03-30"));
        assertThat(ramazan.loanerOwed(day("2026-03-30"), null)).isFalse();
        assertThat(ramazan.loanerOwed(day("2026-03-31"), null)).isTrue();
    }

    @Nested
    @DisplayName("WAR-5: the loaner")
    class Loaner {

        @ParameterizedTest(name = "on {0}, repair done {1}: owed={2}")
        @CsvSource({
                "2026-06-04,           , false",   // the 9th working day
                "2026-06-05,           , false",   // the 10th: the repair may still be done today
                "2026-06-06,           , true",    // the day after the 10th, not done
                "2026-06-06, 2026-06-05, false",   // done on the 10th working day: no loaner
                "2026-06-06, 2026-06-09, true",    // done later: lent meanwhile
                "2026-06-09, 2026-06-09, false",   // the day it is done the loaner comes back
                "2026-06-20, 2026-06-09, false",
        })
        void is_owed_from_the_day_after_the_10th_working_day_until_the_repair_is_done(LocalDate today,
                                                                                  LocalDate finishedOn,
                                                                                  boolean owed) {
            assertThat(clock.loanerOwed(today, finishedOn)).isEqualTo(owed);
        }
    }

    @Nested
    @DisplayName("WAR-4: the repair maximum (WAR-8 f)")
    class RepairMaximum {

        @Test
        void done_on_the_20th_working_day_is_in_time() {
            assertThat(clock.workingDaysTaken(day("2026-06-17"))).isEqualTo(20);
            assertThat(clock.repairLate(day("2026-06-30"), day("2026-06-17"))).isFalse();
        }

        @Test
        void done_on_the_21st_working_day_is_late() {
            assertThat(clock.workingDaysTaken(day("2026-06-18"))).isEqualTo(21);
            assertThat(clock.repairLate(day("2026-06-30"), day("2026-06-18"))).isTrue();
        }

        @ParameterizedTest(name = "not done on {0}: late={1}")
        @CsvSource({"2026-06-17, false", "2026-06-18, true"})
        void not_done_is_late_once_the_20th_working_day_has_passed(LocalDate today, boolean late) {
            assertThat(clock.repairLate(today, null)).isEqualTo(late);
        }

        @Test
        void working_days_taken_skip_the_bayram_and_sundays() {
            // 20 May to 1 June: 21, 22, 23, 25, 26 May and 1 June
            assertThat(clock.workingDaysTaken(day("2026-06-01"))).isEqualTo(6);
            assertThat(clock.workingDaysTaken(day("2026-05-20"))).isZero();
        }
    }
}
