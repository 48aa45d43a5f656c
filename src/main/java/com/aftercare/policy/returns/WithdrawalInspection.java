package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.GEN_3;
import static com.aftercare.policy.returns.Clauses.RET_2;
import static com.aftercare.policy.returns.Clauses.RET_3;
import static com.aftercare.policy.returns.Clauses.RET_4;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RET-3, RET-4 and GEN-3 after the technical service has inspected a returned item.
 *
 * <ul>
 *   <li>An electronics category (the policy's list) that was used, had data transferred or was paired is
 *       legally second-hand: refused (RET-3), as the inspection decided (RET-4).</li>
 *   <li>A hygiene category whose seal was opened is refused (GEN-3). The clause says "may be refused"; the
 *       rule refuses, and an agent who waives it records that as a decision of their own.</li>
 *   <li>A category that is not electronics (a mechanical watch, a strap) is not excluded by use: RET-3 names
 *       electronics only. Its resaleable state is GEN-2's question at receipt, not this rule's.</li>
 * </ul>
 */
public final class WithdrawalInspection {

    private final PolicyVersion policy;

    public WithdrawalInspection(PolicyVersion policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Verdict judge(InspectionFindings found) {
        Objects.requireNonNull(found, "found");
        if (policy.neverReturnable().contains(found.category())) {
            return Verdict.rejected(Reason.of("return.goods.neverReturnable",
                    "{0} items are never subject to the right of withdrawal.", found.category()), GEN_3);
        }
        boolean electronics = policy.electronics().contains(found.category());
        boolean hygiene = policy.hygieneCategories().contains(found.category());
        boolean secondHand = electronics && found.secondHand();
        boolean sealOpened = hygiene && found.hygieneSealOpened();
        if (secondHand) {
            List<ClauseId> applied = new ArrayList<>(List.of(RET_3, RET_4));
            if (sealOpened) {
                applied.add(GEN_3);
            }
            return Verdict.rejected(Reason.of("return.inspection.secondHand",
                    "The technical service found the device used ({0}), with data transferred ({1}) or paired with"
                            + " a phone ({2}): it is legally second-hand and cannot be returned.",
                    found.used(), found.dataTransferred(), found.paired()), applied.toArray(ClauseId[]::new));
        }
        if (sealOpened) {
            return Verdict.rejected(Reason.of("return.inspection.hygieneSealOpened",
                    "The hygiene seal of the {0} item was opened: it is refused for reasons of hygiene.",
                    found.category()), GEN_3);
        }
        if (electronics) {
            return hygiene
                    ? Verdict.accepted(Reason.of("return.inspection.unusedSealed",
                            "The technical service confirmed the device unused, with its hygiene seal intact."),
                            RET_3, RET_4, GEN_3)
                    : Verdict.accepted(Reason.of("return.inspection.unused",
                            "The technical service confirmed the device unused: it is taken back."), RET_3, RET_4);
        }
        if (hygiene) {
            return Verdict.accepted(Reason.of("return.inspection.sealed",
                    "The hygiene seal is intact: the item is taken back."), GEN_3);
        }
        return Verdict.accepted(Reason.of("return.inspection.notElectronics",
                "A {0} is not an electronic device, so use does not exclude it from withdrawal; the inspection"
                        + " found nothing else against taking it back.", found.category()), RET_2, RET_3);
    }
}
