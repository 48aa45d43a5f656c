package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.DeliveryFixture.CALENDAR;
import static com.aftercare.policy.delivery.DeliveryFixture.POLICY;
import static com.aftercare.policy.delivery.DeliveryFixture.ids;
import static com.aftercare.policy.delivery.DeliveryFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.calendar.DayCount;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Period;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DLV-3: goods damaged in transport are refused, reported, and replaced within 14 working days")
class Dlv3DamagedOnDeliveryTest {

    private final DamagedOnDelivery rule = new DamagedOnDelivery(POLICY, CALENDAR);
    private final ReplacementDeadline deadline = new ReplacementDeadline(POLICY, CALENDAR);

    private static DamageReport reportOn(String date) {
        return new DamageReport("HT-2026-0042", LocalDate.parse(date));
    }

    @Nested
    @DisplayName("refused at the door")
    class Refused {

        @Test
        void with_the_carriers_report_the_replacement_is_accepted_with_its_due_date() {
            DamageDecision decision = rule.judge(new TransportDamage(true, reportOn("2026-03-02")));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("DLV-3"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.damaged.reported");
            // Mon 2 March + 14 working days: 3-7, 9-14, 16-18 March (Sundays 8 and 15 skipped)
            assertThat(decision.replacement().due()).isEqualTo(LocalDate.of(2026, 3, 18));
            assertThat(decision.verdict().reason().defaultText()).isEqualTo("The goods were refused at the door and"
                    + " the carrier wrote damage report HT-2026-0042 on 2026-03-02: the store replaces them at no"
                    + " charge for shipping or product by the end of 2026-03-18 (Istanbul time).");
            assertThat(decision.belongsToDefectAfterDelivery()).isFalse();
        }

        @Test
        void without_the_report_it_waits_for_it_on_dlv_3() {
            DamageDecision decision = rule.judge(new TransportDamage(true, null));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(decision.verdict().appliedClauses()).isEmpty();
            assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-3"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.damaged.reportNeeded");
            assertThat(decision.verdict().reason().defaultText()).contains("the carrier's damage report is needed");
            assertThat(decision.replacement()).isNull();
            assertThat(decision.lastMoment()).isEmpty();
        }
    }

    @Nested
    @DisplayName("signed for (not refused at the door)")
    class SignedFor {

        @ParameterizedTest(name = "with a carrier report: {0}")
        @CsvSource({"false", "true"})
        void is_not_dlv_3_and_points_to_dlv_4(boolean withReport) {
            DamageDecision decision = rule.judge(new TransportDamage(false, withReport ? reportOn("2026-03-02") : null));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("DLV-3"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.damaged.signedFor");
            assertThat(decision.verdict().reason().defaultText()).contains("DLV-4").contains("noticed after delivery");
            assertThat(decision.belongsToDefectAfterDelivery()).isTrue();
            assertThat(decision.replacement()).isNull();
        }
    }

    @Nested
    @DisplayName("report written Wed 20 May 2026: the count crosses Kurban Bayramı (27-30 May)")
    class AcrossTheBayram {

        private final ReplacementDue due = deadline.due(LocalDate.of(2026, 5, 20));

        @Test
        void the_14th_working_day_is_wednesday_10_june() {
            // 21, 22, 23 (Sat), 25, 26 (the eve: its morning is worked) May = 5; 24 and 31 May Sundays, 27-30 May
            // the bayram; 1-6 June = 11; 7 June Sunday; 8, 9, 10 June = 14. POLICY.md's anchors: 10th Fri 5 June.
            assertThat(due.due()).isEqualTo(LocalDate.of(2026, 6, 10));
            assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 5, 20), 10)).isEqualTo(LocalDate.of(2026, 6, 5));
            assertThat(due.clause()).isEqualTo(ClauseId.of("DLV-3"));
        }

        @Test
        void the_last_moment_is_the_end_of_the_due_day_in_istanbul() {
            assertThat(due.lastMoment().toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.of(2026, 6, 10, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(3)));
        }

        @ParameterizedTest(name = "shipped {0} Istanbul time -> met={1}")
        @CsvSource({
                "2026-05-21T09:00, true",
                "2026-06-10T23:59, true",
                "2026-06-10T23:59:59, true",
                "2026-06-11T00:00, false",
                "2026-06-17T12:00, false",
        })
        void shipped_by_23_59_of_the_due_day_is_met_and_at_midnight_is_not(String shipped, boolean met) {
            assertThat(due.met(istanbul(shipped))).isEqualTo(met);
        }

        @Test
        void midnight_in_istanbul_is_21_00_utc() {
            assertThat(due.met(Instant.parse("2026-06-10T20:59:59Z"))).isTrue();
            assertThat(due.met(Instant.parse("2026-06-10T21:00:00Z"))).isFalse();
        }
    }

    @Nested
    @DisplayName("Saturdays count, Sundays do not")
    class Saturdays {

        @ParameterizedTest(name = "report {0} -> due {1}")
        @CsvSource({
                "2026-02-06, 2026-02-23",   // Fri: three Saturdays counted; Mon-Fri counting would give Thu 26 Feb
                "2026-02-05, 2026-02-21",   // Thu: the 14th working day is a Saturday
                "2026-02-07, 2026-02-24",   // a report written on a Saturday counts from the Monday after
        })
        void the_due_day(LocalDate report, LocalDate due) {
            assertThat(deadline.due(report).due()).isEqualTo(due);
        }

        @ParameterizedTest(name = "shipped {0} -> met={1}")
        @CsvSource({
                "2026-02-21T23:59, true",    // Saturday, the due day
                "2026-02-22T00:00, false",   // the Sunday after is not added to the period
        })
        void a_saturday_due_day_ends_at_its_own_midnight(String shipped, boolean met) {
            assertThat(deadline.due(LocalDate.of(2026, 2, 5)).met(istanbul(shipped))).isEqualTo(met);
        }
    }

    @Test
    @DisplayName("the period is the policy file's, not a number in the code")
    void the_period_comes_from_the_policy_file() {
        ReplacementDeadline shorter = new ReplacementDeadline(
                DeliveryFixture.withReplacementDeadline(new Period(10, DayCount.WORKING)), CALENDAR);
        ReplacementDeadline inDays = new ReplacementDeadline(
                DeliveryFixture.withReplacementDeadline(new Period(14, DayCount.DAYS)), CALENDAR);

        assertThat(shorter.due(LocalDate.of(2026, 5, 20)).due()).isEqualTo(LocalDate.of(2026, 6, 5));
        // 14 calendar days from 20 May is 3 June, a Wednesday and no holiday
        assertThat(inDays.due(LocalDate.of(2026, 5, 20)).due()).isEqualTo(LocalDate.of(2026, 6, 3));
    }

    @Test
    @DisplayName("the clauses cited exist in the policy version, in both languages")
    void cited_clauses_exist() {
        Verdict accepted = rule.judge(new TransportDamage(true, reportOn("2026-05-20"))).verdict();

        assertThat(accepted.citedIn(POLICY, Locale.ENGLISH)).hasSize(1);
        assertThat(accepted.citedIn(POLICY, Locale.of("tr"))).hasSize(1);
    }

    @Test
    void a_damage_report_has_a_number() {
        assertThatThrownBy(() -> new DamageReport(" ", LocalDate.of(2026, 5, 20)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
