package com.aftercare.policy.warranty;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.EntitlementThresholds;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyParameters;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.internal.ShippedPolicyBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The shipped policy book and the official calendar, loaded once for every warranty rule's test. */
final class WarrantyFixture {

    static final PolicyBook BOOK = ShippedPolicyBook.load();
    static final TurkishCalendar CALENDAR = TurkishCalendar.official();
    /** The version that judges goods delivered in 2026. */
    static final PolicyVersion POLICY = BOOK.inForceOn(LocalDate.of(2026, 5, 13));

    private WarrantyFixture() {
    }

    /** A moment given as Istanbul wall-clock time, e.g. {@code "2026-05-20T10:00"}. */
    static Instant istanbul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TurkishCalendar.ZONE).toInstant();
    }

    static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static List<ClauseId> ids(String... ids) {
        return Arrays.stream(ids).map(ClauseId::of).toList();
    }

    /** The shipped policy with other WAR-8 thresholds, to show the rule reads them from the file. */
    static PolicyVersion withThresholds(EntitlementThresholds thresholds) {
        PolicyParameters p = POLICY.parameters();
        PolicyParameters changed = new PolicyParameters(p.installments(), p.bankWindow(), p.returnWindow(),
                p.electronics(), p.refundDeadline(), p.hygieneCategories(), p.neverReturnable(),
                p.contractedCarriers(), p.replacementDeadline(), p.warrantyMonths(), p.repairMaximum(),
                p.loanerAfter(), p.notificationChannels(), thresholds);
        return new PolicyVersion(POLICY.version() + "-test", POLICY.effectiveFrom(), POLICY.store(), POLICY.clauses(),
                changed);
    }

    /** The shipped policy with another WAR-1 length. */
    static PolicyVersion withWarrantyMonths(int months) {
        PolicyParameters p = POLICY.parameters();
        PolicyParameters changed = new PolicyParameters(p.installments(), p.bankWindow(), p.returnWindow(),
                p.electronics(), p.refundDeadline(), p.hygieneCategories(), p.neverReturnable(),
                p.contractedCarriers(), p.replacementDeadline(), months, p.repairMaximum(),
                p.loanerAfter(), p.notificationChannels(), p.entitlementThresholds());
        return new PolicyVersion(POLICY.version() + "-test", POLICY.effectiveFrom(), POLICY.store(), POLICY.clauses(),
                changed);
    }
}
