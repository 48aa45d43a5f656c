package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static com.aftercare.policy.warranty.WarrantyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("WAR-7: faults from material, workmanship or assembly within the warranty are repaired free")
class War7CoveredFaultTest {

    private static final WarrantyPeriod PLAIN = WarrantyPeriod.of(POLICY, day("2026-05-13"), List.of(),
            day("2027-01-01"));
    /** 10 days in repair: the base end 13 May 2028 moves to 23 May 2028. */
    private static final WarrantyPeriod REPAIRED = WarrantyPeriod.of(POLICY, day("2026-05-13"),
            List.of(new RepairSpell(day("2026-06-02"), day("2026-06-11"))), day("2027-01-01"));

    private final FaultCoverage coverage = new FaultCoverage();

    private CoverageDecision judge(FaultCause cause, boolean waterproof, Instant notifiedAt, WarrantyPeriod warranty) {
        return coverage.judge(new CoverageFacts(cause, waterproof, notifiedAt, warranty));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FaultCause.class, names = {"MATERIAL", "WORKMANSHIP", "ASSEMBLY"})
    void material_workmanship_and_assembly_faults_are_repaired_free(FaultCause cause) {
        CoverageDecision decision = judge(cause, false, istanbul("2027-03-01T10:00"), PLAIN);

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-7", "WAR-1"));
        assertThat(decision.verdict().reason().key()).isEqualTo("warranty.coverage.covered");
        assertThat(decision.verdict().reason().defaultText()).isEqualTo("A fault from material, workmanship or"
                + " assembly, notified on 2027-03-01, within the warranty that runs to the end of 2028-05-13: it is"
                + " repaired free, with no charge for labour, parts or anything else.");
        assertThat(decision.covered()).isTrue();
        assertThat(decision.paidRepairMayBeOffered()).isFalse();
    }

    @Nested
    @DisplayName("water contact (EXC-8)")
    class WaterContact {

        @Test
        void in_a_waterproof_watch_is_covered_under_war_7() {
            CoverageDecision decision = judge(FaultCause.WATER_CONTACT, true, istanbul("2027-03-01T10:00"), PLAIN);

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-7", "EXC-8", "WAR-1"));
            assertThat(decision.verdict().reason().key()).isEqualTo("warranty.coverage.waterInWaterproof");
            assertThat(decision.paidRepairMayBeOffered()).isFalse();
        }

        @Test
        void in_a_watch_that_is_not_waterproof_is_excluded_by_exc_8() {
            CoverageDecision decision = judge(FaultCause.WATER_CONTACT, false, istanbul("2027-03-01T10:00"), PLAIN);

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("EXC-8"));
            assertThat(decision.verdict().reason().key()).isEqualTo("warranty.excluded.waterNotWaterproof");
            assertThat(decision.paidRepairMayBeOffered()).isTrue();
        }
    }

    @Nested
    @DisplayName("at the end of the warranty, with 10 days in repair (WAR-1, WAR-3)")
    class AtTheEnd {

        @ParameterizedTest(name = "notified {0} Istanbul time: {1}")
        @CsvSource({
                "2028-05-13T12:00, ACCEPTED",   // the base end
                "2028-05-14T00:00, ACCEPTED",   // the first repair day added
                "2028-05-23T23:59, ACCEPTED",   // the last day covered
                "2028-05-24T00:00, REJECTED",   // the day after
        })
        void the_last_day_is_in_and_the_day_after_is_out(String notified, Outcome outcome) {
            assertThat(judge(FaultCause.MATERIAL, false, istanbul(notified), REPAIRED).verdict().outcome())
                    .isEqualTo(outcome);
        }

        @Test
        void inside_only_thanks_to_the_repair_days_cites_war_3_too() {
            CoverageDecision inBase = judge(FaultCause.MATERIAL, false, istanbul("2028-05-13T12:00"), REPAIRED);
            CoverageDecision inAdded = judge(FaultCause.MATERIAL, false, istanbul("2028-05-23T12:00"), REPAIRED);

            assertThat(inBase.verdict().appliedClauses()).isEqualTo(ids("WAR-7", "WAR-1"));
            assertThat(inAdded.verdict().appliedClauses()).isEqualTo(ids("WAR-7", "WAR-1", "WAR-3"));
        }

        @Test
        void outside_is_refused_by_war_1_and_war_3_with_the_dates_whatever_the_cause() {
            CoverageDecision decision = judge(FaultCause.MATERIAL, false, istanbul("2028-05-24T09:00"), REPAIRED);

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-1", "WAR-3"));
            assertThat(decision.verdict().reason().key()).isEqualTo("warranty.coverage.outsideWarranty");
            assertThat(decision.verdict().reason().defaultText()).isEqualTo("The fault was notified on 2028-05-24,"
                    + " after the warranty ended at the end of 2028-05-23: from the delivery on 2026-05-13 to"
                    + " 2028-05-13, plus 10 days in repair.");
            assertThat(decision.paidRepairMayBeOffered()).isTrue();
        }

        @Test
        void the_day_is_counted_in_istanbul() {
            // 21:30 UTC on 23 May is 00:30 on 24 May in Istanbul: outside
            assertThat(judge(FaultCause.MATERIAL, false, Instant.parse("2028-05-23T21:30:00Z"), REPAIRED)
                    .verdict().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(judge(FaultCause.MATERIAL, false, Instant.parse("2028-05-23T20:59:00Z"), REPAIRED)
                    .verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        }

        @Test
        void without_the_repair_days_the_same_day_is_outside() {
            assertThat(judge(FaultCause.MATERIAL, false, istanbul("2028-05-14T09:00"), PLAIN).verdict().outcome())
                    .isEqualTo(Outcome.REJECTED);
        }
    }

    @Test
    void until_the_inspection_names_a_cause_war_7_waits() {
        CoverageDecision decision = judge(null, false, istanbul("2027-03-01T10:00"), PLAIN);

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-1"));
        assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("WAR-7"));
        assertThat(decision.verdict().reason().key()).isEqualTo("warranty.coverage.inspectionPending");
        assertThat(decision.paidRepairMayBeOffered()).isFalse();
    }

    @Test
    void a_fault_notified_before_delivery_is_not_under_the_warranty_yet() {
        CoverageDecision decision = judge(FaultCause.MATERIAL, false, istanbul("2026-05-12T10:00"), PLAIN);

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-2"));
        assertThat(decision.verdict().reason().key()).isEqualTo("warranty.coverage.beforeDelivery");
    }
}
