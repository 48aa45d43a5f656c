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
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("WAR-9: faults from use against the user manual are not covered")
class War9AgainstManualTest {

    private static final WarrantyPeriod WARRANTY = WarrantyPeriod.of(POLICY, day("2026-05-13"), List.of(),
            day("2027-01-01"));

    private final FaultCoverage coverage = new FaultCoverage();

    @ParameterizedTest(name = "waterproof: {0}")
    @ValueSource(booleans = {false, true})
    void is_refused_by_war_9_and_a_paid_repair_may_be_quoted(boolean waterproof) {
        CoverageDecision decision = coverage.judge(new CoverageFacts(FaultCause.AGAINST_MANUAL, waterproof,
                istanbul("2026-05-13T18:00"), WARRANTY));

        assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-9"));
        assertThat(decision.verdict().reason().key()).isEqualTo("warranty.excluded.againstManual");
        assertThat(decision.paidRepairMayBeOffered()).isTrue();
    }

    @Test
    void outside_the_warranty_it_is_refused_by_the_dates_instead() {
        CoverageDecision decision = coverage.judge(new CoverageFacts(FaultCause.AGAINST_MANUAL, false,
                istanbul("2028-05-14T00:00"), WARRANTY));

        assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("WAR-1", "WAR-3"));
    }
}
