package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.Clauses.LAW_3;
import static com.aftercare.policy.warranty.Clauses.WAR_1;
import static com.aftercare.policy.warranty.Clauses.WAR_2;
import static com.aftercare.policy.warranty.Clauses.WAR_3;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A unit's warranty, derived from its delivery date and the repairs recorded, never kept as a counter.
 *
 * <ul>
 *   <li>WAR-2: it starts on the delivery date (Istanbul); that day is covered.</li>
 *   <li>WAR-1: the base period is the policy's months. The last day covered is {@code startsOn.plusMonths(months)}:
 *       Turkish Code of Obligations (TBK) art. 92, a period in months ends on the day of the last month that
 *       corresponds to the day it started, or on that month's last day when it has none (so delivery on 29 Feb
 *       2024 ends on 28 Feb 2026); the same "X, then the n-th after X" reading the policy book's "Counting days" uses.
 *       The end is not moved past a Sunday or holiday (TBK art. 93): WAR-1 is a span of cover, not a deadline to
 *       act by.</li>
 *   <li>WAR-3: every calendar day the unit spent in repair is added. A spell counts its first and its last day
 *       (the customer was without the watch on both), so a repair done the day it began adds 1 day. Overlapping
 *       or touching spells count each day once; an open spell counts up to {@code asOf}.</li>
 *   <li>Only repairs under the warranty extend it: a spell that starts after the end reached so far is a repair
 *       outside the warranty and adds nothing (nor do the spells after it).</li>
 *   <li>LAW-3, the statutory floor under WAR-3: the repair period runs from the day the fault is notified until the
 *       unit is handed back, and all of it is added. Where the floor is in force the period adds the more of the two
 *       counts (the floor's is never shorter for the same repair) and then cites LAW-3 beside WAR-3.</li>
 * </ul>
 */
public final class WarrantyPeriod {

    private final LocalDate startsOn;
    private final LocalDate baseEndsOn;
    private final long daysInRepair;
    private final boolean floorGoverns;

    private WarrantyPeriod(LocalDate startsOn, LocalDate baseEndsOn, long daysInRepair, boolean floorGoverns) {
        this.startsOn = startsOn;
        this.baseEndsOn = baseEndsOn;
        this.daysInRepair = daysInRepair;
        this.floorGoverns = floorGoverns;
    }

    /**
     * @param deliveredOn the day the unit was delivered, in Istanbul
     * @param repairs the unit's warranty repairs, in any order
     * @param asOf the day the warranty is looked at: open spells run up to it, later days are not known yet
     */
    public static WarrantyPeriod of(PolicyVersion policy, LocalDate deliveredOn, List<RepairSpell> repairs,
                                    LocalDate asOf) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate baseEnd = deliveredOn.plusMonths(policy.warrantyMonths());
        return new WarrantyPeriod(deliveredOn, baseEnd, daysInRepair(baseEnd, repairs, asOf), false);
    }

    /**
     * The warranty with LAW-3 under WAR-3: the more of the days in repair (WAR-3, from each repair's start to its
     * finish) and the days from each fault's notification to the unit's hand-back (LAW-3).
     *
     * @param notifiedToHandedBack for each fault under the warranty, the day it was notified and the day the unit
     *     (repaired, or its replacement) was handed back; open while the customer is still without it
     */
    public static WarrantyPeriod underTheFloor(PolicyVersion policy, LocalDate deliveredOn, List<RepairSpell> repairs,
                                               List<RepairSpell> notifiedToHandedBack, LocalDate asOf) {
        WarrantyPeriod store = of(policy, deliveredOn, repairs, asOf);
        long floorDays = daysInRepair(store.baseEndsOn, notifiedToHandedBack, asOf);
        return floorDays > store.daysInRepair
                ? new WarrantyPeriod(deliveredOn, store.baseEndsOn, floorDays, true)
                : store;
    }

    /** Whether LAW-3 gave more days than WAR-3, so that the floor governs this period. */
    public boolean floorGoverns() {
        return floorGoverns;
    }

    /** WAR-2. */
    public LocalDate startsOn() {
        return startsOn;
    }

    /** WAR-1: the last day covered before any repair time is added. */
    public LocalDate baseEndsOn() {
        return baseEndsOn;
    }

    /** WAR-3: the calendar days spent in repair under the warranty, each day once. */
    public long daysInRepair() {
        return daysInRepair;
    }

    /** WAR-1 + WAR-3: the last day covered. */
    public LocalDate endsOn() {
        return baseEndsOn.plusDays(daysInRepair);
    }

    /** Whether {@code day} is within the warranty: from the delivery day to {@link #endsOn()}, both included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn());
    }

    /** The clauses that place {@code day} inside the warranty: WAR-1, and WAR-3 when only repair days reach it. */
    List<ClauseId> clausesCovering(LocalDate day) {
        if (!day.isAfter(baseEndsOn)) {
            return List.of(WAR_1);
        }
        return floorGoverns ? List.of(WAR_1, WAR_3, LAW_3) : List.of(WAR_1, WAR_3);
    }

    /** The clauses this period was derived by: WAR-1 to WAR-3, and LAW-3 where the floor governs. */
    public List<ClauseId> clauses() {
        return floorGoverns ? List.of(WAR_1, WAR_2, WAR_3, LAW_3) : List.of(WAR_1, WAR_2, WAR_3);
    }

    private static long daysInRepair(LocalDate baseEnd, List<RepairSpell> repairs, LocalDate asOf) {
        long days = 0;
        for (DaySpan span : merged(repairs, asOf)) {
            if (span.first().isAfter(baseEnd.plusDays(days))) {
                break; // began after the warranty had ended: a repair outside it, as is every later one
            }
            days += span.length();
        }
        return days;
    }

    /** The spells as known on {@code asOf}, in order, overlapping or touching ones joined so each day counts once. */
    private static List<DaySpan> merged(List<RepairSpell> repairs, LocalDate asOf) {
        List<DaySpan> spans = repairs.stream()
                .filter(spell -> !spell.started().isAfter(asOf))
                .map(spell -> new DaySpan(spell.started(), spell.lastDayAsOf(asOf)))
                .sorted(Comparator.comparing(DaySpan::first))
                .toList();
        List<DaySpan> joined = new ArrayList<>();
        for (DaySpan span : spans) {
            int last = joined.size() - 1;
            if (last >= 0 && !span.first().isAfter(joined.get(last).last().plusDays(1))) {
                joined.set(last, joined.get(last).joinedWith(span));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** Days from {@code first} to {@code last}, both included. */
    private record DaySpan(LocalDate first, LocalDate last) {

        long length() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }

        DaySpan joinedWith(DaySpan other) {
            return new DaySpan(first, other.last().isAfter(last) ? other.last() : last);
        }
    }

    @Override
    public String toString() {
        return "warranty " + startsOn + ".." + endsOn() + " (" + baseEndsOn + " + " + daysInRepair
                + " days in repair)";
    }
}
