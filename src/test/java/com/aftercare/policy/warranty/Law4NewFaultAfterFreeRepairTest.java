package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.day;
import static com.aftercare.policy.warranty.WarrantyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.ClauseId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * LAW-4 under WAR-8 (a)–(e): once a fault was repaired free, the next covered fault within the warranty entitles the
 * customer at once (refund, discount or replacement at their choice), with no count and no agent's confirmation.
 */
@DisplayName("LAW-4: a new fault after a free repair entitles at once")
class Law4NewFaultAfterFreeRepairTest {

    private static final LocalDate DELIVERED = day("2026-05-13");
    private static final WarrantyPeriod WARRANTY = WarrantyPeriod.of(POLICY, DELIVERED, List.of(), day("2028-06-30"));

    private static Fault repaired(String code, String notified, String repairedAt) {
        return new Fault(code, istanbul(notified), true, false, false, istanbul(repairedAt));
    }

    private static Fault fault(String code, String notified, boolean covered) {
        return new Fault(code, istanbul(notified), covered, false, false);
    }

    private static EntitlementResult judge(Fault... faults) {
        return new Entitlement(POLICY).judge(List.of(faults), WARRANTY, null);
    }

    @Test
    @DisplayName("the same fault a second time, after its free repair: entitled, citing WAR-8 and LAW-4, nothing pending")
    void secondFaultAfterARepair() {
        EntitlementResult result = judge(repaired("STOPS", "2026-09-01T10:00", "2026-09-10T16:00"),
                fault("STOPS", "2026-10-02T09:00", true));
        assertThat(result.entitled()).isTrue();
        assertThat(result.pendingConfirmation()).isFalse();
        assertThat(result.clauses()).extracting(ClauseId::value).containsExactly("WAR-8", "LAW-4");
        assertThat(result.reason().key()).isEqualTo("warranty.entitlement.afterFreeRepair");
        assertThat(result.reason().arguments()).containsExactly("STOPS", day("2026-10-02"), "STOPS");
    }

    @Test
    @DisplayName("a different fault counts too: any new fault after a free repair")
    void aDifferentFault() {
        assertThat(judge(repaired("STOPS", "2026-09-01T10:00", "2026-09-10T16:00"), fault("CROWN", "2026-09-11T09:00", true))
                .entitled()).isTrue();
    }

    @Test
    @DisplayName("not before the repair was done: a fault notified while the first was still in repair does not entitle")
    void notBeforeTheRepairEnded() {
        EntitlementResult result = judge(repaired("STOPS", "2026-09-01T10:00", "2026-09-10T16:00"),
                fault("CROWN", "2026-09-10T15:59", true));
        assertThat(result.entitled()).isFalse();
        assertThat(result.clauses()).extracting(ClauseId::value).containsExactly("WAR-8");
    }

    @Test
    @DisplayName("an excluded new fault, or a first fault that was not repaired free, entitles to nothing")
    void onlyCoveredFaultsAfterAFreeRepair() {
        assertThat(judge(repaired("STOPS", "2026-09-01T10:00", "2026-09-10T16:00"), fault("GLASS", "2026-10-02T09:00", false))
                .entitled()).isFalse();
        assertThat(judge(fault("STOPS", "2026-09-01T10:00", true), fault("STOPS", "2026-10-02T09:00", true)).entitled())
                .isFalse();
    }

    @Test
    @DisplayName("the day before the warranty ends the new fault entitles; the day after, it is outside the warranty")
    void atTheEndOfTheWarranty() {
        Fault first = repaired("STOPS", "2027-01-05T10:00", "2027-01-12T16:00");
        assertThat(judge(first, fault("STOPS", "2028-05-12T12:00", true)).entitled()).isTrue();
        assertThat(judge(first, fault("STOPS", "2028-05-14T12:00", true)).entitled()).isFalse();
    }

    @Test
    @DisplayName("WAR-8 (f) and (g) still come first, as the clause orders them")
    void repairLateComesFirst() {
        Fault late = new Fault("STOPS", istanbul("2026-09-01T10:00"), true, true, false, istanbul("2026-10-20T10:00"));
        EntitlementResult result = judge(late, fault("STOPS", "2026-11-02T09:00", true));
        assertThat(result.reason().key()).isEqualTo("warranty.entitlement.repairLate");
    }
}
