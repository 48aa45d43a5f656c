package com.aftercare.policy.delivery;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyParameters;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.internal.ShippedPolicyBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The shipped policy book and the official calendar, loaded once for every delivery rule's test. */
final class DeliveryFixture {

    static final TurkishCalendar CALENDAR = TurkishCalendar.official();
    /** The version that judges goods delivered in 2026. */
    static final PolicyVersion POLICY = ShippedPolicyBook.load().inForceOn(LocalDate.of(2026, 5, 13));

    private DeliveryFixture() {
    }

    /** A moment given as Istanbul wall-clock time, e.g. {@code "2026-06-10T23:59"}. */
    static Instant istanbul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TurkishCalendar.ZONE).toInstant();
    }

    static List<ClauseId> ids(String... ids) {
        return Arrays.stream(ids).map(ClauseId::of).toList();
    }

    /** The shipped policy with another DLV-3 replacement period, to show the rule reads it from the file. */
    static PolicyVersion withReplacementDeadline(Period replacement) {
        PolicyParameters p = POLICY.parameters();
        PolicyParameters changed = new PolicyParameters(p.installments(), p.bankWindow(), p.returnWindow(),
                p.electronics(), p.refundDeadline(), p.hygieneCategories(), p.neverReturnable(),
                p.contractedCarriers(), replacement, p.warrantyMonths(), p.repairMaximum(), p.loanerAfter(),
                p.notificationChannels(), p.entitlementThresholds());
        return new PolicyVersion(POLICY.version() + "-test", POLICY.effectiveFrom(), POLICY.store(), POLICY.clauses(),
                changed);
    }

    /** The shipped policy with another RET-1 window (DLV-4 measures its warranty suggestion by it). */
    static PolicyVersion withReturnWindow(Period window) {
        PolicyParameters p = POLICY.parameters();
        PolicyParameters changed = new PolicyParameters(p.installments(), p.bankWindow(), window,
                p.electronics(), p.refundDeadline(), p.hygieneCategories(), p.neverReturnable(),
                p.contractedCarriers(), p.replacementDeadline(), p.warrantyMonths(), p.repairMaximum(),
                p.loanerAfter(), p.notificationChannels(), p.entitlementThresholds());
        return new PolicyVersion(POLICY.version() + "-test", POLICY.effectiveFrom(), POLICY.store(), POLICY.clauses(),
                changed);
    }
}
