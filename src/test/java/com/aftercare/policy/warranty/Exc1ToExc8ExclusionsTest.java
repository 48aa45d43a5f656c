package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static com.aftercare.policy.warranty.WarrantyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("EXC-1..EXC-8: what the warranty does not cover; a paid repair may be quoted")
class Exc1ToExc8ExclusionsTest {

    private static final WarrantyPeriod WARRANTY = WarrantyPeriod.of(POLICY, day("2026-05-13"), List.of(),
            day("2027-01-01"));

    private final FaultCoverage coverage = new FaultCoverage();

    private CoverageDecision judge(FaultCause cause, boolean waterproof, String notified) {
        return coverage.judge(new CoverageFacts(cause, waterproof, istanbul(notified), WARRANTY));
    }

    @ParameterizedTest(name = "{0} -> {1} (waterproof: {3})")
    @CsvSource({
            "BATTERY_LIFE,              EXC-1, warranty.excluded.batteryLife,            false",
            "BATTERY_LIFE,              EXC-1, warranty.excluded.batteryLife,            true",
            "NORMAL_WEAR,               EXC-2, warranty.excluded.normalWear,             true",
            "ABUSE_OR_ACCIDENT,         EXC-3, warranty.excluded.abuseOrAccident,        true",
            "OPENED_BY_UNAUTHORISED,    EXC-4, warranty.excluded.openedByUnauthorised,   true",
            "FIRE_OR_DISASTER,          EXC-5, warranty.excluded.fireOrDisaster,         false",
            "UNAUTHORISED_SERVICE,      EXC-6, warranty.excluded.unauthorisedService,    false",
            "CASE_GLASS_BATTERY_DAMAGE, EXC-7, warranty.excluded.caseGlassBatteryDamage, true",
            "WATER_CONTACT,             EXC-8, warranty.excluded.waterNotWaterproof,     false",
    })
    void each_exclusion_refuses_the_fault_by_its_clause(FaultCause cause, String clause, String key,
                                                        boolean waterproof) {
        CoverageDecision decision = judge(cause, waterproof, "2027-03-01T10:00");

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids(clause));
        assertThat(decision.verdict().reason().key()).isEqualTo(key);
        assertThat(decision.verdict().reason().defaultText()).endsWith("the store can quote a paid repair.");
        assertThat(decision.covered()).isFalse();
        assertThat(decision.paidRepairMayBeOffered()).isTrue();
    }

    @Test
    void exc_8_alone_depends_on_the_watch_being_waterproof() {
        assertThat(judge(FaultCause.WATER_CONTACT, false, "2027-03-01T10:00").verdict().outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(judge(FaultCause.WATER_CONTACT, true, "2027-03-01T10:00").verdict().outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(FaultCause.WATER_CONTACT.exclusionFor(true)).isEmpty();
        assertThat(FaultCause.ABUSE_OR_ACCIDENT.exclusionFor(true)).isPresent();
    }

    @Test
    void an_excluded_fault_on_the_last_day_is_still_excluded() {
        CoverageDecision decision = judge(FaultCause.NORMAL_WEAR, false, "2028-05-13T23:00");

        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("EXC-2"));
    }

    @Test
    void outside_the_warranty_the_dates_decide_before_the_cause() {
        CoverageDecision decision = judge(FaultCause.NORMAL_WEAR, false, "2028-05-14T10:00");

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-1", "WAR-3"));
        assertThat(decision.verdict().reason().key()).isEqualTo("warranty.coverage.outsideWarranty");
        assertThat(decision.paidRepairMayBeOffered()).isTrue();
    }
}
