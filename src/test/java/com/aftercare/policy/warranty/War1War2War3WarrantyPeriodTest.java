package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.BOOK;
import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static com.aftercare.policy.warranty.WarrantyFixture.withWarrantyMonths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("WAR-1, WAR-2, WAR-3: the warranty runs 24 months from delivery, plus the days spent in repair")
class War1War2War3WarrantyPeriodTest {

    private static final LocalDate DELIVERED = day("2026-05-13");
    private static final LocalDate TODAY = day("2027-01-15");

    private static WarrantyPeriod warranty(RepairSpell... repairs) {
        return WarrantyPeriod.of(POLICY, DELIVERED, List.of(repairs), TODAY);
    }

    private static RepairSpell spell(String started, String finished) {
        return new RepairSpell(day(started), finished == null ? null : day(finished));
    }

    @Nested
    @DisplayName("WAR-1 and WAR-2, without repairs")
    class WithoutRepairs {

        private final WarrantyPeriod period = warranty();

        @Test
        void starts_on_the_delivery_day_and_covers_it() {
            assertThat(period.startsOn()).isEqualTo(DELIVERED);
            assertThat(period.covers(DELIVERED)).isTrue();
            assertThat(period.covers(DELIVERED.minusDays(1))).isFalse();
        }

        @Test
        void the_last_day_covered_is_the_same_date_24_months_later() {
            assertThat(period.baseEndsOn()).isEqualTo(day("2028-05-13"));
            assertThat(period.daysInRepair()).isZero();
            assertThat(period.endsOn()).isEqualTo(day("2028-05-13"));
        }

        @ParameterizedTest(name = "{0} covered: {1}")
        @CsvSource({"2028-05-12, true", "2028-05-13, true", "2028-05-14, false"})
        void covers_up_to_and_including_the_last_day(LocalDate day, boolean covered) {
            assertThat(period.covers(day)).isEqualTo(covered);
        }

        @Test
        void the_end_is_not_moved_past_a_sunday_or_holiday() {
            // 14 May 2028 is a Sunday: a span of cover ends where it ends
            WarrantyPeriod fromSunday = WarrantyPeriod.of(POLICY, day("2026-05-14"), List.of(), TODAY);

            assertThat(fromSunday.endsOn()).isEqualTo(day("2028-05-14"));
            assertThat(fromSunday.covers(day("2028-05-15"))).isFalse();
        }

        @Test
        void cites_war_1_war_2_and_war_3() {
            assertThat(period.clauses()).isEqualTo(ids("WAR-1", "WAR-2", "WAR-3"));
        }

        @Test
        void the_months_come_from_the_policy_file() {
            assertThat(WarrantyPeriod.of(withWarrantyMonths(36), DELIVERED, List.of(), TODAY).endsOn())
                    .isEqualTo(day("2029-05-13"));
        }
    }

    @Nested
    @DisplayName("delivered on 29 February")
    class LeapDay {

        @Test
        void delivered_on_29_feb_2024_the_warranty_ends_on_28_feb_2026() {
            // TBK art. 92: no 29th in February 2026, so the month's last day
            WarrantyPeriod period = WarrantyPeriod.of(BOOK.inForceOn(day("2024-02-29")), day("2024-02-29"),
                    List.of(), day("2024-06-01"));

            assertThat(period.endsOn()).isEqualTo(day("2026-02-28"));
            assertThat(period.covers(day("2026-02-28"))).isTrue();
            assertThat(period.covers(day("2026-03-01"))).isFalse();
        }

        @Test
        void with_3_days_in_repair_it_ends_on_3_march_2026() {
            WarrantyPeriod period = WarrantyPeriod.of(BOOK.inForceOn(day("2024-02-29")), day("2024-02-29"),
                    List.of(spell("2024-06-10", "2024-06-12")), day("2024-07-01"));

            assertThat(period.endsOn()).isEqualTo(day("2026-03-03"));
        }
    }

    @Nested
    @DisplayName("WAR-3, days in repair")
    class DaysInRepair {

        @Test
        void a_finished_repair_adds_its_first_and_last_day() {
            // in 2 June, out 11 June: 10 days without the watch
            WarrantyPeriod period = warranty(spell("2026-06-02", "2026-06-11"));

            assertThat(period.daysInRepair()).isEqualTo(10);
            assertThat(period.endsOn()).isEqualTo(day("2028-05-23"));
            assertThat(period.covers(day("2028-05-23"))).isTrue();
            assertThat(period.covers(day("2028-05-24"))).isFalse();
        }

        @Test
        void a_repair_done_the_day_it_began_adds_one_day() {
            assertThat(warranty(spell("2026-06-02", "2026-06-02")).daysInRepair()).isEqualTo(1);
        }

        @Test
        void two_repairs_add_up() {
            assertThat(warranty(spell("2026-06-02", "2026-06-11"), spell("2026-09-01", "2026-09-05"))
                    .daysInRepair()).isEqualTo(15);
        }

        @Test
        void an_open_repair_counts_up_to_the_day_asked() {
            // in since 10 January 2027, still in on 15 January: 10..15 = 6 days
            WarrantyPeriod period = warranty(spell("2027-01-10", null));

            assertThat(period.daysInRepair()).isEqualTo(6);
            assertThat(period.endsOn()).isEqualTo(day("2028-05-19"));
            assertThat(WarrantyPeriod.of(POLICY, DELIVERED, List.of(spell("2027-01-10", null)), day("2027-01-20"))
                    .daysInRepair()).isEqualTo(11);
        }

        @Test
        void overlapping_spells_count_each_day_once() {
            // 1..10 June and 5..14 June overlap: 1..14 June = 14 days, not 20
            WarrantyPeriod period = warranty(spell("2026-06-05", "2026-06-14"), spell("2026-06-01", "2026-06-10"));

            assertThat(period.daysInRepair()).isEqualTo(14);
            assertThat(period.endsOn()).isEqualTo(day("2028-05-27"));
        }

        @Test
        void a_spell_inside_another_adds_nothing() {
            assertThat(warranty(spell("2026-06-01", "2026-06-14"), spell("2026-06-03", "2026-06-04")).daysInRepair())
                    .isEqualTo(14);
        }

        @Test
        void an_open_spell_overlapping_a_finished_one_counts_each_day_once() {
            // 5..12 January finished, 10 January still open on the 15th: 5..15 = 11 days
            assertThat(warranty(spell("2027-01-05", "2027-01-12"), spell("2027-01-10", null)).daysInRepair())
                    .isEqualTo(11);
        }

        @Test
        void days_after_the_day_asked_are_not_known_yet() {
            assertThat(warranty(spell("2027-02-01", "2027-02-10")).daysInRepair()).isZero();
        }

        @Test
        void a_repair_begun_after_the_warranty_ended_does_not_revive_it() {
            WarrantyPeriod period = WarrantyPeriod.of(POLICY, DELIVERED,
                    List.of(spell("2028-05-14", "2028-05-20")), day("2028-06-01"));

            assertThat(period.daysInRepair()).isZero();
            assertThat(period.endsOn()).isEqualTo(day("2028-05-13"));
        }

        @ParameterizedTest(name = "second repair in on {0}: {1} days in repair, ends {2}")
        @CsvSource({
                "2028-05-16, 5, 2028-05-18",
                "2028-05-17, 3, 2028-05-16",
        })
        void a_repair_begun_on_the_extended_last_day_still_counts_and_one_begun_the_day_after_does_not(
                LocalDate secondIn, long days, LocalDate endsOn) {
            // 10..12 May 2028 in repair: 3 days, so the warranty now ends on 16 May; the second repair lasts 2 days
            WarrantyPeriod period = WarrantyPeriod.of(POLICY, DELIVERED,
                    List.of(spell("2028-05-10", "2028-05-12"), new RepairSpell(secondIn, secondIn.plusDays(1))),
                    day("2028-06-01"));

            assertThat(period.daysInRepair()).isEqualTo(days);
            assertThat(period.endsOn()).isEqualTo(endsOn);
        }

        @Test
        void a_repair_cannot_finish_before_it_started() {
            assertThatThrownBy(() -> spell("2026-06-10", "2026-06-09"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
