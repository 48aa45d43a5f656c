package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.Clauses.DLV_6;

import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * DLV-6: a wrong item is refused and the refusal is written on the delivery note.
 *
 * <ul>
 *   <li>Refused and noted: accepted; the right item is shipped and the wrong one comes back at the store's cost.</li>
 *   <li>Accepted without a note: the note is missing, not the store's mistake, so an agent decides; if the item was
 *       wrong, the store's cost is the same, because the mistake was the store's either way.</li>
 * </ul>
 * This rule needs no policy numbers, so it takes no policy version.
 */
public final class WrongItem {

    public Verdict judge(WrongItemFacts facts) {
        Objects.requireNonNull(facts, "facts");
        if (facts.refusedAndNoted()) {
            return Verdict.accepted(Reason.of("delivery.wrongItem.refused",
                    "The wrong item was refused and the refusal written on the delivery note: the store ships the"
                            + " right item, and the wrong one comes back at the store''s cost."), DLV_6);
        }
        if (facts.agentFindsWrongItem() == null) {
            return Verdict.pending(Reason.of("delivery.wrongItem.agentToDecide",
                    "The item was accepted without a refusal written on the delivery note: an agent decides whether"
                            + " it is the wrong item."), List.of(), List.of(DLV_6));
        }
        return facts.agentFindsWrongItem()
                ? Verdict.accepted(Reason.of("delivery.wrongItem.confirmed",
                        "An agent found it is the wrong item, though it was accepted without a note: the store ships"
                                + " the right item, and the wrong one comes back at the store''s cost."), DLV_6)
                : Verdict.rejected(Reason.of("delivery.wrongItem.notConfirmed",
                        "The item was accepted without a refusal written on the delivery note, and an agent found it"
                                + " is the item ordered."), DLV_6);
    }
}
