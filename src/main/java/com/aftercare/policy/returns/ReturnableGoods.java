package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.GEN_1;
import static com.aftercare.policy.returns.Clauses.GEN_2;
import static com.aftercare.policy.returns.Clauses.GEN_3;
import static com.aftercare.policy.returns.Clauses.RET_3;
import static com.aftercare.policy.returns.Clauses.RET_4;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * GEN-3 and RET-3 when a return is asked for: what an item's category alone decides. A category the
 * policy never takes back (chargers) is refused at once; everything else waits for the goods: the
 * packaging (GEN-1, GEN-2) for every item, the hygiene seal (GEN-3) and the technical service's
 * inspection (RET-3, RET-4) for the categories the policy names.
 *
 * <p>An item nothing excludes is PENDING, not ACCEPTED: the customer must not read "accepted" before
 * the goods have been seen.
 */
public final class ReturnableGoods {

    private final PolicyVersion policy;

    public ReturnableGoods(PolicyVersion policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Verdict judge(ProductCategory category) {
        Objects.requireNonNull(category, "category");
        if (policy.neverReturnable().contains(category)) {
            return Verdict.rejected(Reason.of("return.goods.neverReturnable",
                    "{0} items are never subject to the right of withdrawal.", category), GEN_3);
        }
        boolean hygiene = policy.hygieneCategories().contains(category);
        boolean electronics = policy.electronics().contains(category);
        SortedSet<ClauseId> toCheck = new TreeSet<>(List.of(GEN_1, GEN_2));
        if (hygiene) {
            toCheck.add(GEN_3);
        }
        if (electronics) {
            toCheck.addAll(List.of(RET_3, RET_4));
        }
        return Verdict.pending(reason(category, hygiene, electronics), List.of(), List.copyOf(toCheck));
    }

    private static Reason reason(ProductCategory category, boolean hygiene, boolean electronics) {
        if (hygiene && electronics) {
            return Reason.of("return.goods.hygieneSealAndUse",
                    "{0} items whose hygiene seal was opened may be refused, and a used, data-transferred or paired"
                            + " device cannot be returned: the technical service checks both when the goods arrive,"
                            + " in their original, undamaged packaging.", category);
        }
        if (hygiene) {
            return Reason.of("return.goods.hygieneSeal",
                    "{0} items whose hygiene seal was opened may be refused: the seal is checked when the goods"
                            + " arrive, in their original, undamaged packaging.", category);
        }
        if (electronics) {
            return Reason.of("return.goods.usedElectronics",
                    "A used, data-transferred or paired device cannot be returned: the technical service decides"
                            + " when the goods arrive, in their original, undamaged packaging.");
        }
        return Reason.of("return.goods.checkedAtReceipt",
                "Nothing about the item excludes it from withdrawal; it must arrive in its original, undamaged"
                        + " packaging.");
    }
}
