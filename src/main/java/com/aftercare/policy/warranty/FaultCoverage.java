package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.Clauses.EXC_8;
import static com.aftercare.policy.warranty.Clauses.WAR_1;
import static com.aftercare.policy.warranty.Clauses.WAR_2;
import static com.aftercare.policy.warranty.Clauses.WAR_3;
import static com.aftercare.policy.warranty.Clauses.WAR_7;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * WAR-7, WAR-9 and EXC-1..EXC-8: whether a fault is repaired free under the warranty.
 *
 * <ol>
 *   <li>The fault's notification day must be within the warranty (WAR-1, WAR-3); outside it the fault is refused
 *       whatever its cause, and the reason shows the dates.</li>
 *   <li>Within it, the inspection's cause decides: material, workmanship or assembly is repaired free (WAR-7), as
 *       is water in a waterproof watch (EXC-8 excludes water only for a watch that is not waterproof); every
 *       other cause is refused by its exclusion clause. Until the inspection names a cause, WAR-7 waits.</li>
 *   <li>A refused fault can still be repaired for a fee: the decision says the store may offer a quote.</li>
 * </ol>
 */
public final class FaultCoverage {

    public CoverageDecision judge(CoverageFacts facts) {
        Objects.requireNonNull(facts, "facts");
        WarrantyPeriod warranty = facts.warranty();
        LocalDate notifiedOn = IstanbulDay.of(facts.notifiedAt());
        if (notifiedOn.isBefore(warranty.startsOn())) {
            return refused(Verdict.rejected(Reason.of("warranty.coverage.beforeDelivery",
                    "The fault was notified on {0}, before the warranty started with the delivery on {1}.",
                    notifiedOn, warranty.startsOn()), WAR_2));
        }
        if (!warranty.covers(notifiedOn)) {
            return refused(Verdict.rejected(Reason.of("warranty.coverage.outsideWarranty",
                    "The fault was notified on {0}, after the warranty ended at the end of {1}: from the delivery on"
                            + " {2} to {3}, plus {4} days in repair.",
                    notifiedOn, warranty.endsOn(), warranty.startsOn(), warranty.baseEndsOn(),
                    warranty.daysInRepair()), WAR_1, WAR_3));
        }
        List<ClauseId> within = warranty.clausesCovering(notifiedOn);
        FaultCause cause = facts.cause();
        if (cause == null) {
            return new CoverageDecision(Verdict.pending(Reason.of("warranty.coverage.inspectionPending",
                    "The fault was notified on {0}, within the warranty that runs to the end of {1}; the"
                            + " inspection decides whether its cause is covered.",
                    notifiedOn, warranty.endsOn()), within, List.of(WAR_7)), false);
        }
        return cause.exclusionFor(facts.waterproof())
                .map(exclusion -> refused(Verdict.rejected(exclusionReason(cause), exclusion)))
                .orElseGet(() -> covered(cause, notifiedOn, warranty.endsOn(), within));
    }

    private static CoverageDecision covered(FaultCause cause, LocalDate notifiedOn, LocalDate endsOn,
                                            List<ClauseId> within) {
        List<ClauseId> cited = new ArrayList<>(List.of(WAR_7));
        Reason reason;
        if (cause == FaultCause.WATER_CONTACT) {
            cited.add(EXC_8);
            reason = Reason.of("warranty.coverage.waterInWaterproof",
                    "Water got into a waterproof watch, which EXC-8 does not exclude: the watch failed to keep it"
                            + " out. Notified on {0}, within the warranty that runs to the end of {1}, the fault is"
                            + " repaired free, with no charge for labour, parts or anything else.",
                    notifiedOn, endsOn);
        } else {
            reason = Reason.of("warranty.coverage.covered",
                    "A fault from material, workmanship or assembly, notified on {0}, within the warranty that runs"
                            + " to the end of {1}: it is repaired free, with no charge for labour, parts or anything"
                            + " else.",
                    notifiedOn, endsOn);
        }
        cited.addAll(within);
        return new CoverageDecision(new Verdict.Accepted(cited, reason), false);
    }

    private static CoverageDecision refused(Verdict verdict) {
        return new CoverageDecision(verdict, true);
    }

    private static Reason exclusionReason(FaultCause cause) {
        return switch (cause) {
            case BATTERY_LIFE -> Reason.of("warranty.excluded.batteryLife",
                    "Battery life is not covered by the warranty; the store can quote a paid repair.");
            case NORMAL_WEAR -> Reason.of("warranty.excluded.normalWear",
                    "Normal wear (scratched glass, a strap or chain changing colour or material, peeling coating) is"
                            + " not covered by the warranty; the store can quote a paid repair.");
            case ABUSE_OR_ACCIDENT -> Reason.of("warranty.excluded.abuseOrAccident",
                    "Damage from abnormal use, carelessness, negligence or an accident (a hit, a drop, broken glass)"
                            + " is not covered by the warranty; the store can quote a paid repair.");
            case OPENED_BY_UNAUTHORISED -> Reason.of("warranty.excluded.openedByUnauthorised",
                    "The watch was opened by an unauthorised person, so it is not covered by the warranty; the store"
                            + " can quote a paid repair.");
            case FIRE_OR_DISASTER -> Reason.of("warranty.excluded.fireOrDisaster",
                    "Damage from fire or a natural disaster is not covered by the warranty; the store can quote a"
                            + " paid repair.");
            case UNAUTHORISED_SERVICE -> Reason.of("warranty.excluded.unauthorisedService",
                    "A fault from maintenance or repair by a service that is not authorised is not covered by the"
                            + " warranty; the store can quote a paid repair.");
            case CASE_GLASS_BATTERY_DAMAGE -> Reason.of("warranty.excluded.caseGlassBatteryDamage",
                    "A scratched, worn or damaged case, glass or battery is not covered by the warranty; the store"
                            + " can quote a paid repair.");
            case WATER_CONTACT -> Reason.of("warranty.excluded.waterNotWaterproof",
                    "The watch is not waterproof, and contact with water is not covered by the warranty; the store"
                            + " can quote a paid repair.");
            case AGAINST_MANUAL -> Reason.of("warranty.excluded.againstManual",
                    "A fault from use against the user manual is not covered by the warranty; the store can quote a"
                            + " paid repair.");
            case MATERIAL, WORKMANSHIP, ASSEMBLY -> throw new IllegalArgumentException(cause + " is covered (WAR-7)");
        };
    }
}
