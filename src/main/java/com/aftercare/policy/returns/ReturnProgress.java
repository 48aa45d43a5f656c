package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.DLV_2;
import static com.aftercare.policy.returns.Clauses.GEN_1;
import static com.aftercare.policy.returns.Clauses.GEN_2;
import static com.aftercare.policy.returns.Clauses.GEN_4;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a return's verdict moves as its facts arrive (RET-2: the store evaluates each request
 * against the return conditions): an item's verdict once the goods are received, and the whole
 * request's verdict from its items and the receipt.
 */
public final class ReturnProgress {

    /** What the receipt at the store settles: the box (GEN-1, GEN-2) and the papers (GEN-4, DLV-2). */
    private static final Set<ClauseId> SETTLED_AT_RECEIPT = Set.of(GEN_1, GEN_2, GEN_4, DLV_2);

    private ReturnProgress() {
    }

    /**
     * An item's verdict after receipt: refused with the receipt when the box is not acceptable; taken
     * back when nothing but the box was left to check; still waiting on its inspection otherwise.
     */
    public static Verdict afterReceipt(Verdict item, ReceiptDecision receipt) {
        if (receipt.verdict().outcome() == Outcome.REJECTED) {
            return receipt.verdict();
        }
        if (!(item instanceof Verdict.Pending pending)) {
            return item;
        }
        List<ClauseId> applied = union(pending.appliedClauses(), List.of(GEN_1, GEN_2));
        List<ClauseId> remaining = pending.stillToCheck().stream().filter(id -> !SETTLED_AT_RECEIPT.contains(id)).toList();
        if (remaining.isEmpty()) {
            return Verdict.accepted(Reason.of("return.item.receivedIntact",
                    "Received in its original packaging, undamaged and resaleable."), applied.toArray(ClauseId[]::new));
        }
        return Verdict.pending(pending.reason(), applied, remaining);
    }

    /**
     * The whole request's verdict: pending while an item or the receipt's papers are; refused when
     * no item is taken back; accepted (wholly or in part) otherwise.
     *
     * @param receipt the receipt's verdict, or null before the goods arrive
     */
    public static Verdict overall(List<Verdict> items, Verdict receipt) {
        List<Verdict> all = new ArrayList<>(items);
        if (receipt != null) {
            all.add(receipt);
        }
        List<ClauseId> applied = union(all.stream().flatMap(v -> v.appliedClauses().stream()).toList(), List.of());
        List<ClauseId> stillToCheck = union(all.stream()
                .filter(Verdict.Pending.class::isInstance)
                .flatMap(v -> ((Verdict.Pending) v).stillToCheck().stream()).toList(), List.of());
        if (!stillToCheck.isEmpty()) {
            return Verdict.pending(Reason.of("return.progress.waiting",
                    "Still to check: {0}.", String.join(", ", stillToCheck.stream().map(ClauseId::value).toList())),
                    applied, stillToCheck);
        }
        long accepted = items.stream().filter(v -> v.outcome() == Outcome.ACCEPTED).count();
        ClauseId[] cited = applied.toArray(ClauseId[]::new);
        if (accepted == 0) {
            return Verdict.rejected(Reason.of("return.progress.refused",
                    "None of the returned items can be taken back; they go back to the customer."), cited);
        }
        if (accepted < items.size()) {
            return Verdict.accepted(Reason.of("return.progress.partlyAccepted",
                    "{0} of {1} items are taken back; the others go back to the customer.", accepted, items.size()), cited);
        }
        return Verdict.accepted(Reason.of("return.progress.accepted", "Every item is taken back."), cited);
    }

    private static List<ClauseId> union(Collection<ClauseId> first, Collection<ClauseId> second) {
        Set<ClauseId> ids = new LinkedHashSet<>(first);
        ids.addAll(second);
        return List.copyOf(ids);
    }
}
