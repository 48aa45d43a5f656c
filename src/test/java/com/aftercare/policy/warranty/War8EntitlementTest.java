package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static com.aftercare.policy.warranty.WarrantyFixture.istanbul;
import static com.aftercare.policy.warranty.WarrantyFixture.withThresholds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.policy.EntitlementThresholds;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("WAR-8: a free replacement, a refund or a discount instead of another repair")
class War8EntitlementTest {

    private static final LocalDate DELIVERED = day("2026-05-13");
    /** No repairs: the warranty ends on 13 May 2028. */
    private static final WarrantyPeriod WARRANTY = WarrantyPeriod.of(POLICY, DELIVERED, List.of(), day("2028-06-01"));

    private final Entitlement entitlement = new Entitlement(POLICY);

    /** A covered fault notified at noon, Istanbul time, on {@code date}. */
    private static Fault fault(String code, String date) {
        return new Fault(code, istanbul(date + "T12:00"), true, false, false);
    }

    /** Faults of the second year (after the first year, inside the warranty), one a month from 1 July 2027. */
    private static List<Fault> secondYear(String... codes) {
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            faults.add(fault(codes[i], LocalDate.of(2027, 7, 1).plusMonths(i).toString()));
        }
        return faults;
    }

    private EntitlementResult judge(List<Fault> faults, Boolean confirmed) {
        return entitlement.judge(faults, WARRANTY, confirmed);
    }

    private static void assertPending(EntitlementResult result, String key) {
        assertThat(result.entitled()).isFalse();
        assertThat(result.pendingConfirmation()).isTrue();
        assertThat(result.clauses()).isEqualTo(ids("WAR-8"));
        assertThat(result.reason().key()).isEqualTo(key);
        assertThat(result.verdict().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(((Verdict.Pending) result.verdict()).stillToCheck()).isEqualTo(ids("WAR-8"));
    }

    private static void assertNothing(EntitlementResult result) {
        assertThat(result.entitled()).isFalse();
        assertThat(result.pendingConfirmation()).isFalse();
        assertThat(result.clauses()).isEqualTo(ids("WAR-8"));
        assertThat(result.reason().key()).isEqualTo("warranty.entitlement.none");
        assertThat(result.verdict().outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Nested
    @DisplayName("(c) the same fault more than twice")
    class SameFault {

        @Test
        void twice_is_not_enough() {
            assertNothing(judge(secondYear("F-12", "F-12"), null));
        }

        @Test
        void the_third_occurrence_waits_for_the_agents_confirmation() {
            EntitlementResult result = judge(secondYear("F-12", "F-07", "F-12", "F-12"), null);

            assertPending(result, "warranty.entitlement.sameFault");
            assertThat(result.reason().defaultText()).startsWith("WAR-8 (c): the same fault F-12 occurred 3 times,"
                    + " more than 2;");
            assertThat(result.countingFaults()).hasSize(4);
        }

        @Test
        void confirmed_unusable_the_customer_is_entitled() {
            EntitlementResult result = judge(secondYear("F-12", "F-12", "F-12"), true);

            assertThat(result.entitled()).isTrue();
            assertThat(result.pendingConfirmation()).isFalse();
            assertThat(result.clauses()).isEqualTo(ids("WAR-8"));
            assertThat(result.reason().key()).isEqualTo("warranty.entitlement.confirmed");
            assertThat(result.reason().defaultText()).startsWith("WAR-8 (c): an agent confirmed that the 3 faults");
            assertThat(result.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        }

        @Test
        void found_usable_the_customer_is_not() {
            EntitlementResult result = judge(secondYear("F-12", "F-12", "F-12"), false);

            assertThat(result.entitled()).isFalse();
            assertThat(result.pendingConfirmation()).isFalse();
            assertThat(result.reason().key()).isEqualTo("warranty.entitlement.notConfirmed");
            assertThat(result.reason().defaultText()).startsWith("WAR-8 (c): an agent found");
            assertThat(result.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        }
    }

    @Nested
    @DisplayName("(d) more than 4 different faults")
    class DifferentFaults {

        @Test
        void four_different_faults_are_not_enough() {
            assertNothing(judge(secondYear("A", "B", "C", "D"), null));
        }

        @Test
        void the_fifth_different_fault_waits_for_confirmation() {
            EntitlementResult result = judge(secondYear("A", "B", "C", "D", "E"), null);

            assertPending(result, "warranty.entitlement.differentFaults");
            assertThat(result.reason().defaultText()).startsWith("WAR-8 (d): 5 different faults, more than 4;");
        }
    }

    @Nested
    @DisplayName("(a) 4 or more faults within 1 year of delivery (13 May 2026: up to 13 May 2027, day 365)")
    class FirstYear {

        private List<Fault> withFourthOn(String date) {
            return List.of(fault("A", "2026-07-01"), fault("B", "2026-09-01"), fault("C", "2027-01-10"),
                    fault("D", date));
        }

        @Test
        void the_fourth_fault_on_day_365_waits_for_confirmation() {
            assertThat(DELIVERED.plusDays(365)).isEqualTo(day("2027-05-13"));
            EntitlementResult result = judge(withFourthOn("2027-05-13"), null);

            assertPending(result, "warranty.entitlement.earlyFaults");
            assertThat(result.reason().defaultText()).isEqualTo("WAR-8 (a): 4 faults within 12 months of the"
                    + " delivery on 2026-05-13 (up to 2027-05-13), at least 4; an agent confirms whether they make the"
                    + " unit continuously unusable.");
        }

        @Test
        void the_fourth_fault_on_day_366_is_after_the_first_year() {
            assertNothing(judge(withFourthOn("2027-05-14"), null));
        }

        @Test
        void the_day_is_counted_in_istanbul() {
            // 21:30 UTC on 13 May is 00:30 on 14 May in Istanbul: day 366
            List<Fault> faults = new ArrayList<>(withFourthOn("2027-01-11").subList(0, 3));
            faults.add(new Fault("D", Instant.parse("2027-05-13T21:30:00Z"), true, false, false));

            assertNothing(judge(faults, null));
        }

        @Test
        void three_faults_in_the_first_year_are_not_enough() {
            assertNothing(judge(withFourthOn("2026-12-01").subList(0, 3), null));
        }
    }

    @Nested
    @DisplayName("(b) 6 or more faults within the warranty, (e) more than 6 in total")
    class Counts {

        @Test
        void five_faults_are_not_enough() {
            assertNothing(judge(secondYear("A", "A", "B", "B", "C"), null));
        }

        @Test
        void the_sixth_fault_within_the_warranty_waits_for_confirmation_by_b() {
            EntitlementResult result = judge(secondYear("A", "A", "B", "B", "C", "C"), null);

            assertPending(result, "warranty.entitlement.faultsWithinWarranty");
            assertThat(result.reason().defaultText()).startsWith("WAR-8 (b): 6 faults within the warranty, at least 6;");
        }

        @Test
        void with_the_shipped_numbers_the_seventh_is_already_b() {
            assertPending(judge(secondYear("A", "A", "B", "B", "C", "C", "D"), null),
                    "warranty.entitlement.faultsWithinWarranty");
        }

        @Test
        void the_seventh_fault_is_e_when_b_asks_for_more() {
            Entitlement rule = new Entitlement(withThresholds(new EntitlementThresholds(4, 12, 10, 2, 4, 6)));

            assertNothing(rule.judge(secondYear("A", "A", "B", "B", "C", "C"), WARRANTY, null));
            EntitlementResult seventh = rule.judge(secondYear("A", "A", "B", "B", "C", "C", "D"), WARRANTY, null);
            assertPending(seventh, "warranty.entitlement.totalFaults");
            assertThat(seventh.reason().defaultText()).startsWith("WAR-8 (e): 7 faults in total within the warranty,"
                    + " more than 6;");
        }

        @Test
        void every_threshold_comes_from_the_policy_file() {
            // (c) at more than 3: the third F-12 no longer counts as "the same fault more than ... times"
            Entitlement rule = new Entitlement(withThresholds(new EntitlementThresholds(4, 12, 6, 3, 4, 6)));

            assertNothing(rule.judge(secondYear("F-12", "F-12", "F-12"), WARRANTY, null));
            assertPending(rule.judge(secondYear("F-12", "F-12", "F-12", "F-12"), WARRANTY, null),
                    "warranty.entitlement.sameFault");
        }
    }

    @Nested
    @DisplayName("(f) a repair over WAR-4's maximum, (g) not repairable: entitled at once")
    class AtOnce {

        @ParameterizedTest(name = "agent''s answer: {0}")
        @CsvSource(value = {"null", "true", "false"}, nullValues = "null")
        void a_late_repair_entitles_at_once_whatever_the_agent_says(Boolean confirmed) {
            EntitlementResult result = judge(List.of(new Fault("F-3", istanbul("2026-08-01T10:00"), true, true,
                    false)), confirmed);

            assertThat(result.entitled()).isTrue();
            assertThat(result.pendingConfirmation()).isFalse();
            assertThat(result.clauses()).isEqualTo(ids("WAR-8", "WAR-4"));
            assertThat(result.reason().key()).isEqualTo("warranty.entitlement.repairLate");
            assertThat(result.reason().defaultText()).startsWith("WAR-8 (f): the repair of fault F-3, notified on"
                    + " 2026-08-01,");
        }

        @ParameterizedTest(name = "agent''s answer: {0}")
        @CsvSource(value = {"null", "false"}, nullValues = "null")
        void a_not_repairable_report_entitles_at_once(Boolean confirmed) {
            EntitlementResult result = judge(List.of(new Fault("F-3", istanbul("2026-08-01T10:00"), true, false,
                    true)), confirmed);

            assertThat(result.entitled()).isTrue();
            assertThat(result.clauses()).isEqualTo(ids("WAR-8"));
            assertThat(result.reason().key()).isEqualTo("warranty.entitlement.notRepairable");
            assertThat(result.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        }

        @Test
        void both_at_once_name_f_first_and_cite_war_4() {
            EntitlementResult result = judge(List.of(
                    new Fault("F-9", istanbul("2026-09-01T10:00"), true, false, true),
                    new Fault("F-3", istanbul("2026-08-01T10:00"), true, true, false)), null);

            assertThat(result.entitled()).isTrue();
            assertThat(result.clauses()).isEqualTo(ids("WAR-8", "WAR-4"));
            assertThat(result.reason().key()).isEqualTo("warranty.entitlement.repairLate");
        }

        @Test
        void they_decide_before_any_count_waiting_for_confirmation() {
            List<Fault> faults = new ArrayList<>(secondYear("F-12", "F-12", "F-12"));
            faults.add(new Fault("F-1", istanbul("2028-01-05T10:00"), true, false, true));

            EntitlementResult result = judge(faults, null);

            assertThat(result.entitled()).isTrue();
            assertThat(result.pendingConfirmation()).isFalse();
        }
    }

    @Nested
    @DisplayName("what counts: covered faults within the warranty")
    class WhatCounts {

        @Test
        void an_excluded_fault_does_not_count() {
            List<Fault> faults = new ArrayList<>(secondYear("F-12", "F-12"));
            Fault excluded = new Fault("F-12", istanbul("2027-12-01T10:00"), false, false, false);
            faults.add(excluded);

            EntitlementResult result = judge(faults, null);

            assertNothing(result);
            assertThat(result.countingFaults()).hasSize(2).doesNotContain(excluded);
        }

        @Test
        void an_excluded_fault_reported_not_repairable_does_not_entitle() {
            assertNothing(judge(List.of(new Fault("F-3", istanbul("2026-08-01T10:00"), false, true, true)), null));
        }

        @ParameterizedTest(name = "third F-12 on {0}: pending={1}")
        @CsvSource({"2028-05-13, true", "2028-05-14, false"})
        void a_fault_after_the_warranty_does_not_count(String date, boolean pending) {
            EntitlementResult result = judge(List.of(fault("F-12", "2027-06-01"), fault("F-12", "2027-09-01"),
                    fault("F-12", date)), null);

            assertThat(result.pendingConfirmation()).isEqualTo(pending);
            assertThat(result.countingFaults()).hasSize(pending ? 3 : 2);
        }

        @Test
        void days_in_repair_keep_a_later_fault_inside() {
            WarrantyPeriod repaired = WarrantyPeriod.of(POLICY, DELIVERED,
                    List.of(new RepairSpell(day("2027-06-01"), day("2027-06-10"))), day("2028-06-01"));

            EntitlementResult result = entitlement.judge(List.of(fault("F-12", "2027-06-01"),
                    fault("F-12", "2027-09-01"), fault("F-12", "2028-05-23")), repaired, null);

            assertThat(result.pendingConfirmation()).isTrue();
        }

        @Test
        void the_counted_faults_are_in_the_order_notified() {
            Fault later = fault("B", "2027-09-01");
            Fault earlier = fault("A", "2027-08-01");

            assertThat(judge(List.of(later, earlier), null).countingFaults()).containsExactly(earlier, later);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void a_fault_has_a_code(String code) {
            assertThatThrownBy(() -> fault(code, "2027-01-01"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void no_faults_no_entitlement() {
            EntitlementResult result = judge(List.of(), null);

            assertNothing(result);
            assertThat(result.reason().defaultText()).isEqualTo("WAR-8: 0 faults count (covered and within the"
                    + " warranty), and none of (a) to (g) holds: the customer's remedy is the repair.");
        }
    }
}
