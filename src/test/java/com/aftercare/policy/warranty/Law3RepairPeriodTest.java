package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.CitedClause;
import com.aftercare.policy.ClauseId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * LAW-3 under WAR-3: the repair period runs from the fault's notification until the unit is handed back, and all of
 * it extends the warranty; WAR-3 counts only from the repair's start to its finish. The more generous count governs.
 */
@DisplayName("LAW-3: the repair period from the notification to the hand-back extends the warranty")
class Law3RepairPeriodTest {

    private static final LocalDate DELIVERED = day("2026-05-13");

    private static RepairSpell spell(String from, String to) {
        return new RepairSpell(day(from), to == null ? null : day(to));
    }

    private static WarrantyPeriod period(List<RepairSpell> repairs, List<RepairSpell> notifiedToHandedBack, String asOf) {
        return WarrantyPeriod.underTheFloor(POLICY, DELIVERED, repairs, notifiedToHandedBack, day(asOf));
    }

    @Test
    @DisplayName("notified 24 Nov, repaired on 4 Dec, handed back on 5 Dec: 12 days, not WAR-3's 1, citing LAW-3 and WAR-3")
    void fromTheNotification() {
        // received on the 25th; the technician started and finished on 4 December
        WarrantyPeriod period = period(List.of(spell("2026-12-04", "2026-12-04")), List.of(spell("2026-11-24", "2026-12-05")),
                "2026-12-10");
        assertThat(period.daysInRepair()).isEqualTo(12);
        assertThat(period.floorGoverns()).isTrue();
        assertThat(period.endsOn()).isEqualTo(day("2028-05-13").plusDays(12));
        assertThat(period.clauses()).extracting(ClauseId::value).containsExactly("WAR-1", "WAR-2", "WAR-3", "LAW-3");
        assertThat(WarrantyPeriod.of(POLICY, DELIVERED, List.of(spell("2026-12-04", "2026-12-04")), day("2026-12-10"))
                .daysInRepair()).as("WAR-3 alone").isEqualTo(1);
    }

    @Test
    @DisplayName("notified and never started: the days run while the customer is without the unit, up to today")
    void notifiedAndNeverStarted() {
        WarrantyPeriod period = period(List.of(), List.of(spell("2026-11-24", null)), "2026-12-10");
        assertThat(period.daysInRepair()).isEqualTo(17);
        assertThat(period(List.of(), List.of(spell("2026-11-24", null)), "2026-12-11").daysInRepair())
                .as("a day later, one more").isEqualTo(18);
    }

    @Test
    @DisplayName("a spell across the 2026 Kurban Bayramı counts every calendar day, the holidays included")
    void acrossABayram() {
        // Arife 26 May (half day), bayram 27 to 30 May 2026: notified on the 25th, handed back on 2 June.
        WarrantyPeriod period = period(List.of(spell("2026-05-26", "2026-06-01")), List.of(spell("2026-05-25", "2026-06-02")),
                "2026-06-10");
        assertThat(period.daysInRepair()).isEqualTo(9);
        assertThat(period.floorGoverns()).isTrue();
    }

    @Test
    @DisplayName("where the repair ran from the notification to the hand-back, both counts agree and WAR-3 alone is cited")
    void equalCountsCiteTheStore() {
        WarrantyPeriod period = period(List.of(spell("2026-11-24", "2026-12-05")), List.of(spell("2026-11-24", "2026-12-05")),
                "2026-12-10");
        assertThat(period.daysInRepair()).isEqualTo(12);
        assertThat(period.floorGoverns()).isFalse();
        assertThat(period.clauses()).extracting(ClauseId::value).doesNotContain("LAW-3");
    }

    @Test
    @DisplayName("a fault notified the day after the warranty ended adds nothing; the day it ended, it does")
    void onlyFaultsUnderTheWarranty() {
        LocalDate lastDay = day("2028-05-13");
        WarrantyPeriod after = period(List.of(), List.of(spell("2028-05-14", "2028-05-20")), "2028-06-01");
        assertThat(after.daysInRepair()).isZero();
        assertThat(after.covers(day("2028-05-14"))).isFalse();
        WarrantyPeriod onTheLastDay = period(List.of(), List.of(spell("2028-05-13", "2028-05-20")), "2028-06-01");
        assertThat(onTheLastDay.daysInRepair()).isEqualTo(8);
        assertThat(onTheLastDay.endsOn()).isEqualTo(lastDay.plusDays(8));
    }

    @Test
    @DisplayName("the policy cites LAW-3 with its text, as it cites its own clauses")
    void citable() {
        assertThat(POLICY.cite(ClauseId.of("LAW-3"), java.util.Locale.ENGLISH).text()).startsWith("The repair period runs from the day");
        assertThat(POLICY.cite(List.of(ClauseId.of("WAR-3"), ClauseId.of("LAW-3")), java.util.Locale.ENGLISH))
                .extracting(CitedClause::id).containsExactly("WAR-3", "LAW-3");
    }
}
