package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.Clauses.LAW_4;
import static com.aftercare.policy.warranty.Clauses.WAR_4;
import static com.aftercare.policy.warranty.Clauses.WAR_8;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.EntitlementThresholds;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * WAR-8: when the customer may ask for a free replacement, a refund or a discount instead of another repair,
 * derived from the unit's recorded faults each time, every threshold from the policy file.
 *
 * <ul>
 *   <li>Only covered faults notified within the warranty (WAR-1, WAR-3) count: the clause speaks of faults
 *       "within the warranty period" despite "the right to repair", which an excluded fault never gave.</li>
 *   <li>(f) a repair over WAR-4's maximum and (g) a report that the fault cannot be repaired entitle at once.</li>
 *   <li>LAW-4, the statutory floor under WAR-8 (a)–(e): a covered fault notified after another fault's free repair
 *       was completed entitles at once, with no count and no agent's confirmation; the decision cites WAR-8 and
 *       LAW-4. Checked after (f) and (g), before (a)–(e).</li>
 *   <li>(a)–(e) wait for an agent to confirm the faults make the unit continuously unusable; confirmed, the
 *       customer is entitled; found usable, not. "Within 1 year of delivery" in (a) is read as WAR-1 reads its
 *       months: up to and including the same date {@code earlyFaultsWithinMonths} later (delivery 13 May 2026:
 *       up to 13 May 2027, day 365), not extended by days in repair.</li>
 *   <li>Where several sub-cases hold, the reason names the first in the clause's order: (f), (g), then (a)–(e).
 *       With the shipped numbers (e) (more than 6) never holds without (b) (at least 6).</li>
 * </ul>
 */
public final class Entitlement {

    private final PolicyVersion policy;

    public Entitlement(PolicyVersion policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param faults the unit's recorded faults, in any order
     * @param warranty the unit's warranty; its start is the delivery day (WAR-2)
     * @param unusableConfirmed an agent's answer whether the faults make the unit continuously unusable;
     *     {@code null} while not asked
     */
    public EntitlementResult judge(List<Fault> faults, WarrantyPeriod warranty, Boolean unusableConfirmed) {
        Objects.requireNonNull(warranty, "warranty");
        FaultHistory history = FaultHistory.counting(faults, warranty);
        List<Fault> counting = history.faults();
        Optional<Fault> late = history.first(Fault::repairLate);
        if (late.isPresent()) {
            return entitled(List.of(WAR_8, WAR_4), counting, Reason.of("warranty.entitlement.repairLate",
                    "WAR-8 (f): the repair of fault {0}, notified on {1}, took longer than the maximum repair time"
                            + " (WAR-4): the customer may ask for a free replacement, a refund or a discount in"
                            + " proportion to the defect.",
                    late.get().faultCode(), late.get().notifiedOn()));
        }
        Optional<Fault> beyondRepair = history.first(Fault::notRepairable);
        if (beyondRepair.isPresent()) {
            return entitled(List.of(WAR_8), counting, Reason.of("warranty.entitlement.notRepairable",
                    "WAR-8 (g): fault {0}, notified on {1}, was reported as not repairable: the customer may ask for"
                            + " a free replacement, a refund or a discount in proportion to the defect.",
                    beyondRepair.get().faultCode(), beyondRepair.get().notifiedOn()));
        }
        Optional<Fault[]> afterRepair = policy.clause(LAW_4).isPresent() ? newFaultAfterAFreeRepair(counting) : Optional.empty();
        if (afterRepair.isPresent()) {
            Fault repaired = afterRepair.get()[0];
            Fault again = afterRepair.get()[1];
            return entitled(List.of(WAR_8, LAW_4), counting, Reason.of("warranty.entitlement.afterFreeRepair",
                    "LAW-4: fault {0}, notified on {1}, came after the free repair of fault {2}: the customer may"
                            + " choose a refund, a discount in proportion to the defect or a replacement with a"
                            + " defect-free equivalent, and the store cannot refuse; WAR-8''s counts and an agent''s"
                            + " confirmation are not needed.",
                    again.faultCode(), again.notifiedOn(), repaired.faultCode()));
        }
        Optional<Ground> ground = ground(history, warranty.startsOn());
        if (ground.isEmpty()) {
            return new EntitlementResult(false, false, List.of(WAR_8), counting, Reason.of(
                    "warranty.entitlement.none",
                    "WAR-8: {0} faults count (covered and within the warranty), and none of (a) to (g) holds: the"
                            + " customer''s remedy is the repair.",
                    counting.size()));
        }
        if (unusableConfirmed == null) {
            return new EntitlementResult(false, true, List.of(WAR_8), counting, ground.get().reason());
        }
        String letter = ground.get().letter();
        if (unusableConfirmed) {
            return entitled(List.of(WAR_8), counting, Reason.of("warranty.entitlement.confirmed",
                    "WAR-8 ({0}): an agent confirmed that the {1} faults counted make the unit continuously"
                            + " unusable: the customer may ask for a free replacement, a refund or a discount in"
                            + " proportion to the defect.",
                    letter, counting.size()));
        }
        return new EntitlementResult(false, false, List.of(WAR_8), counting, Reason.of(
                "warranty.entitlement.notConfirmed",
                "WAR-8 ({0}): an agent found that the {1} faults counted do not make the unit continuously unusable:"
                        + " the customer''s remedy is the repair.",
                letter, counting.size()));
    }

    /**
     * LAW-4: a covered fault notified after an earlier fault's free repair was completed; the first such pair, as
     * {@code [repaired, again]}.
     */
    private static Optional<Fault[]> newFaultAfterAFreeRepair(List<Fault> counting) {
        for (Fault again : counting) {
            for (Fault repaired : counting) {
                if (repaired != again && repaired.repairedAt() != null && again.notifiedAt().isAfter(repaired.repairedAt())) {
                    return Optional.of(new Fault[] {repaired, again});
                }
            }
        }
        return Optional.empty();
    }

    private static EntitlementResult entitled(List<ClauseId> clauses, List<Fault> counting, Reason reason) {
        return new EntitlementResult(true, false, clauses, counting, reason);
    }

    /** The first of (a)–(e) that the counted faults meet, with the reason an agent reads before confirming. */
    private Optional<Ground> ground(FaultHistory history, LocalDate deliveredOn) {
        EntitlementThresholds limits = policy.entitlementThresholds();
        LocalDate firstYearEnds = deliveredOn.plusMonths(limits.earlyFaultsWithinMonths());
        int early = history.notifiedUpTo(firstYearEnds);
        if (early >= limits.earlyFaultsAtLeast()) {
            return Optional.of(new Ground("a", Reason.of("warranty.entitlement.earlyFaults",
                    "WAR-8 (a): {0} faults within {1} months of the delivery on {2} (up to {3}), at least {4}; an"
                            + " agent confirms whether they make the unit continuously unusable.",
                    early, limits.earlyFaultsWithinMonths(), deliveredOn, firstYearEnds, limits.earlyFaultsAtLeast())));
        }
        if (history.size() >= limits.faultsWithinWarrantyAtLeast()) {
            return Optional.of(new Ground("b", Reason.of("warranty.entitlement.faultsWithinWarranty",
                    "WAR-8 (b): {0} faults within the warranty, at least {1}; an agent confirms whether they make the"
                            + " unit continuously unusable.",
                    history.size(), limits.faultsWithinWarrantyAtLeast())));
        }
        Optional<Map.Entry<String, Long>> repeated = history.mostRepeated()
                .filter(most -> most.getValue() > limits.sameFaultMoreThan());
        if (repeated.isPresent()) {
            return Optional.of(new Ground("c", Reason.of("warranty.entitlement.sameFault",
                    "WAR-8 (c): the same fault {0} occurred {1} times, more than {2}; an agent confirms whether the"
                            + " faults make the unit continuously unusable.",
                    repeated.get().getKey(), repeated.get().getValue(), limits.sameFaultMoreThan())));
        }
        if (history.differentCodes() > limits.differentFaultsMoreThan()) {
            return Optional.of(new Ground("d", Reason.of("warranty.entitlement.differentFaults",
                    "WAR-8 (d): {0} different faults, more than {1}; an agent confirms whether they make the unit"
                            + " continuously unusable.",
                    history.differentCodes(), limits.differentFaultsMoreThan())));
        }
        if (history.size() > limits.totalFaultsMoreThan()) {
            return Optional.of(new Ground("e", Reason.of("warranty.entitlement.totalFaults",
                    "WAR-8 (e): {0} faults in total within the warranty, more than {1}; an agent confirms whether they"
                            + " make the unit continuously unusable.",
                    history.size(), limits.totalFaultsMoreThan())));
        }
        return Optional.empty();
    }

    /** A sub-case of WAR-8 (a)–(e) that holds: its letter and what the agent reads. */
    private record Ground(String letter, Reason reason) {
    }
}
