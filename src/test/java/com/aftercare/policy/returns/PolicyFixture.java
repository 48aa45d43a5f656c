package com.aftercare.policy.returns;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyParameters;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.internal.ShippedPolicyBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The shipped policy book and the official calendar, loaded once for every rule's test. */
final class PolicyFixture {

    static final PolicyBook BOOK = ShippedPolicyBook.load();
    static final TurkishCalendar CALENDAR = TurkishCalendar.official();
    /** The version that judges goods delivered in 2026. */
    static final PolicyVersion POLICY = BOOK.inForceOn(LocalDate.of(2026, 5, 13));

    private PolicyFixture() {
    }

    /** A moment given as Istanbul wall-clock time, e.g. {@code "2026-05-27T23:59"}. */
    static Instant istanbul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TurkishCalendar.ZONE).toInstant();
    }

    static List<ClauseId> ids(String... ids) {
        return Arrays.stream(ids).map(ClauseId::of).toList();
    }

    /** The shipped policy with another RET-1 window, to show the rule reads the number from the file. */
    static PolicyVersion withReturnWindow(Period window) {
        return with(window, POLICY.refundDeadline());
    }

    /** The shipped policy with another RET-6 refund period. */
    static PolicyVersion withRefundDeadline(Period refund) {
        return with(POLICY.returnWindow(), refund);
    }

    private static PolicyVersion with(Period window, Period refund) {
        PolicyParameters p = POLICY.parameters();
        PolicyParameters changed = new PolicyParameters(p.installments(), p.bankWindow(), window, p.electronics(),
                refund, p.hygieneCategories(), p.neverReturnable(), p.contractedCarriers(), p.replacementDeadline(),
                p.warrantyMonths(), p.repairMaximum(), p.loanerAfter(), p.notificationChannels(),
                p.entitlementThresholds());
        return new PolicyVersion(POLICY.version() + "-test", POLICY.effectiveFrom(), POLICY.store(), POLICY.clauses(),
                changed);
    }
}
